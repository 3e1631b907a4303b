import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { Application } from './application.entity';

/** An application as a producer first writes it; the rest is the table's defaults. */
export type NewApplication = Omit<
  Application,
  | 'id'
  | 'pendingReason'
  | 'decisionReason'
  | 'priorityOverride'
  | 'priorityOverrideReason'
  | 'priorityOverriddenBy'
  | 'priorityOverriddenAt'
  | 'fee'
  | 'subsidy'
  | 'amountDue'
  | 'deposit'
  | 'feeDetail'
  | 'submittedBy'
  | 'submittedAt'
  | 'decidedAt'
  | 'releasedAt'
  | 'withdrawnAt'
  | 'createdAt'
  | 'updatedAt'
>;

/** Fields a step of the application's life changes. */
export type ApplicationChanges = Partial<
  Omit<Application, 'id' | 'fairId' | 'producerId' | 'reference' | 'createdAt' | 'updatedAt'>
>;

/** The fields priorities are computed from. */
export type PriorityInput = Pick<
  Application,
  | 'id'
  | 'submittedAt'
  | 'craftVillageRecognised'
  | 'firstParticipation'
  | 'ocopRatings'
  | 'priorityOverride'
>;

/**
 * Applications (`applications`) through their entity: one producer's own, a fair's for the
 * review and for allocation. Locks are taken in id order, so two transactions locking
 * overlapping sets cannot deadlock.
 */
@Injectable()
export class ApplicationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The producer's application with this id; null for anyone else's. */
  findOwn(producerId: string, id: string): Promise<Application | null> {
    return this.dataSource.getRepository(Application).findOneBy({ id, producerId });
  }

  lockOwn(manager: EntityManager, producerId: string, id: string): Promise<Application | null> {
    return manager
      .getRepository(Application)
      .findOne({ where: { id, producerId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Newest first, of one fair or all. */
  listOwn(producerId: string, fairId?: string): Promise<Application[]> {
    return this.dataSource.getRepository(Application).find({
      where: { producerId, ...(fairId ? { fairId } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** The id of the producer's application to the fair that is not withdrawn, if any. */
  async findLive(manager: EntityManager, fairId: string, producerId: string) {
    const live = await manager.getRepository(Application).findOne({
      select: { id: true },
      where: { fairId, producerId, status: Not('withdrawn') },
    });
    return live?.id ?? null;
  }

  insert(manager: EntityManager, app: NewApplication): Promise<Application> {
    return manager.getRepository(Application).save({ ...app });
  }

  async update(manager: EntityManager, id: string, changes: ApplicationChanges): Promise<void> {
    await manager.getRepository(Application).update(id, changes);
  }

  /** Whether the producer has an approved application to another fair. */
  approvedElsewhere(manager: EntityManager, producerId: string, fairId: string) {
    return manager
      .getRepository(Application)
      .existsBy({ producerId, fairId: Not(fairId), status: 'approved' });
  }

  /** The fair's applications among `ids` that were ever submitted (drafts are private). */
  findSubmitted(fairId: string, ids: readonly string[], manager?: EntityManager) {
    return this.inFair(manager ?? this.dataSource.manager, fairId, ids, true, false);
  }

  lockSubmitted(manager: EntityManager, fairId: string, ids: readonly string[]) {
    return this.inFair(manager, fairId, ids, true, true);
  }

  /** These applications of the fair, drafts included, locked. */
  lockInFair(manager: EntityManager, fairId: string, ids: readonly string[]) {
    return this.inFair(manager, fairId, ids, false, true);
  }

  /** Who submitted each application with a staged decision (of these ids, or all of the fair). */
  stagedSubmitters(
    fairId: string,
    ids?: readonly string[],
  ): Promise<Pick<Application, 'id' | 'submittedBy'>[]> {
    return this.dataSource.getRepository(Application).find({
      select: { id: true, submittedBy: true },
      where: {
        fairId,
        pendingDecision: Not(IsNull()),
        ...(ids ? { id: In([...ids]) } : {}),
      },
      order: { id: 'ASC' },
    });
  }

  /** The fair's staged decisions (of these ids, or all), read without a lock: a preview. */
  findStaged(fairId: string, ids?: readonly string[]): Promise<Application[]> {
    return this.dataSource.getRepository(Application).find({
      where: {
        fairId,
        pendingDecision: Not(IsNull()),
        ...(ids ? { id: In([...ids]) } : {}),
      },
      order: { id: 'ASC' },
    });
  }

  lockStaged(manager: EntityManager, fairId: string, ids?: readonly string[]) {
    return manager.getRepository(Application).find({
      where: {
        fairId,
        pendingDecision: Not(IsNull()),
        ...(ids ? { id: In([...ids]) } : {}),
      },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Approved as the organiser sees it: released, or staged and not released yet. */
  approvedInFair(fairId: string): Promise<Application[]> {
    return this.dataSource
      .getRepository(Application)
      .createQueryBuilder('a')
      .where('a.fairId = :fairId', { fairId })
      .andWhere(`COALESCE(a.pendingDecision, a.status) = 'approved'`)
      .orderBy('a.id', 'ASC')
      .getMany();
  }

  /** Released waitlisted applications, by id. */
  waitlistedInFair(fairId: string, manager?: EntityManager): Promise<Application[]> {
    return (manager ?? this.dataSource.manager).getRepository(Application).find({
      where: { fairId, status: 'waitlisted', pendingDecision: IsNull() },
      order: { id: 'ASC' },
    });
  }

  /** Every application of the fair that takes part in the review (not draft, not withdrawn). */
  priorityInputs(fairId: string, manager?: EntityManager): Promise<PriorityInput[]> {
    return (manager ?? this.dataSource.manager).getRepository(Application).find({
      select: {
        id: true,
        submittedAt: true,
        craftVillageRecognised: true,
        firstParticipation: true,
        ocopRatings: true,
        priorityOverride: true,
      },
      where: { fairId, status: Not(In(['draft', 'withdrawn'])) },
    });
  }

  /** Released approvals become waitlisted (the allocation ran out of booths for them). */
  async markWaitlisted(
    manager: EntityManager,
    fairId: string,
    ids: readonly string[],
    at: Date,
  ): Promise<void> {
    if (ids.length === 0) return;
    await manager
      .getRepository(Application)
      .update(
        { fairId, id: In([...ids]) },
        { status: 'waitlisted', decidedAt: at, releasedAt: at },
      );
  }

  private inFair(
    manager: EntityManager,
    fairId: string,
    ids: readonly string[],
    submittedOnly: boolean,
    lock: boolean,
  ): Promise<Application[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.getRepository(Application).find({
      where: {
        fairId,
        id: In([...ids]),
        ...(submittedOnly ? { submittedAt: Not(IsNull()) } : {}),
      },
      order: { id: 'ASC' },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }
}
