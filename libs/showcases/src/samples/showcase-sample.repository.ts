import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { CustodyStatus } from '../domain';
import { EntryStatus, ShowcaseSample } from './showcase-sample.entity';

export type NewEntry = Pick<
  ShowcaseSample,
  | 'fairId'
  | 'showcaseId'
  | 'producerId'
  | 'productId'
  | 'origin'
  | 'note'
  | 'quantity'
  | 'declaredValue'
  | 'createdBy'
>;

export interface EntryDecision {
  entryStatus: EntryStatus;
  decidedBy: string;
  decidedAt: Date;
  decisionNote: string | null;
}

export interface CustodyMove {
  custodyStatus: CustodyStatus;
  trailLength: number;
  displayLocation: string | null;
}

/**
 * Entries and samples (one row: an entry becomes a sample when accepted). Status columns
 * change only together with the custody trail; the database checks that at commit.
 */
@Injectable()
export class ShowcaseSampleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A new invitation or proposal as stored. A second live entry of the product breaks
   * `showcase_samples_one_live_per_product`; a showcase deleted meanwhile
   * `showcase_samples_showcase_fk`.
   */
  async insertEntry(
    entry: NewEntry,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ShowcaseSample> {
    const repo = manager.getRepository(ShowcaseSample);
    const saved = await repo.save(
      repo.create({ ...entry, entryStatus: entry.origin, trailLength: 0 }),
    );
    return repo.findOneByOrFail({ id: saved.id });
  }

  findInShowcase(fairId: string, showcaseId: string, id: string): Promise<ShowcaseSample | null> {
    return this.dataSource.getRepository(ShowcaseSample).findOneBy({ id, fairId, showcaseId });
  }

  /** The row locked for a change in the caller's transaction. */
  lockInShowcase(
    manager: EntityManager,
    fairId: string,
    showcaseId: string,
    id: string,
  ): Promise<ShowcaseSample | null> {
    return manager.getRepository(ShowcaseSample).findOne({
      where: { id, fairId, showcaseId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * The entry becomes a sample with its label code, custody `requested` and a trail of one
   * (the caller appends that event). A code taken in the fair breaks
   * `showcase_samples_label_code_key`.
   */
  async accept(
    manager: EntityManager,
    id: string,
    labelCode: string,
    decision: Omit<EntryDecision, 'entryStatus'>,
  ): Promise<void> {
    await manager.getRepository(ShowcaseSample).update(id, {
      ...decision,
      entryStatus: 'accepted',
      labelCode,
      custodyStatus: 'requested',
      trailLength: 1,
    });
  }

  /** Declined or withdrawn. */
  async decide(manager: EntityManager, id: string, decision: EntryDecision): Promise<void> {
    await manager.getRepository(ShowcaseSample).update(id, decision);
  }

  /** The sample's new custody status, with the event the caller appends. */
  async moveCustody(manager: EntityManager, id: string, move: CustodyMove): Promise<void> {
    await manager.getRepository(ShowcaseSample).update(id, move);
  }

  labelCodeTaken(manager: EntityManager, fairId: string, labelCode: string): Promise<boolean> {
    return manager.getRepository(ShowcaseSample).existsBy({ fairId, labelCode });
  }

  /** The showcase's entries (a producer's only, if given), by label code, open entries last. */
  ofShowcase(showcaseId: string, producerId?: string): Promise<ShowcaseSample[]> {
    return this.dataSource
      .getRepository(ShowcaseSample)
      .createQueryBuilder('s')
      .where('s.showcaseId = :showcaseId', { showcaseId })
      .andWhere(producerId ? 's.producerId = :producerId' : 'TRUE', { producerId })
      .orderBy('s.labelCode', 'ASC', 'NULLS LAST')
      .addOrderBy('s.createdAt')
      .getMany();
  }

  /** One page of a producer's entries in every showcase, newest first, and how many there are. */
  async pageOfProducer(
    producerId: string,
    filter: { entryStatus?: EntryStatus; custodyStatus?: CustodyStatus },
    limit: number,
    offset: number,
  ): Promise<{ rows: ShowcaseSample[]; total: number }> {
    const [rows, total] = await this.dataSource.getRepository(ShowcaseSample).findAndCount({
      where: {
        producerId,
        ...(filter.entryStatus ? { entryStatus: filter.entryStatus } : {}),
        ...(filter.custodyStatus ? { custodyStatus: filter.custodyStatus } : {}),
      },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { rows, total };
  }

  /** The showcase's accepted samples (or the one asked for) by label code, cancelled ones left out. */
  acceptedOfShowcase(
    fairId: string,
    showcaseId: string,
    sampleId?: string,
  ): Promise<ShowcaseSample[]> {
    return this.dataSource
      .getRepository(ShowcaseSample)
      .createQueryBuilder('s')
      .where("s.fairId = :fairId AND s.showcaseId = :showcaseId AND s.entryStatus = 'accepted'", {
        fairId,
        showcaseId,
      })
      .andWhere("s.custodyStatus <> 'cancelled'")
      .andWhere(sampleId ? 's.id = :sampleId' : 'TRUE', { sampleId })
      .orderBy('s.labelCode')
      .getMany();
  }

  /** The product's accepted sample in the fair with this label code, if any. */
  acceptedByLabel(
    fairId: string,
    productId: string,
    labelCode: string,
  ): Promise<ShowcaseSample | null> {
    return this.dataSource
      .getRepository(ShowcaseSample)
      .findOneBy({ fairId, productId, labelCode, entryStatus: 'accepted' });
  }

  byIds(ids: readonly string[]): Promise<ShowcaseSample[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(ShowcaseSample).findBy({ id: In([...ids]) });
  }
}
