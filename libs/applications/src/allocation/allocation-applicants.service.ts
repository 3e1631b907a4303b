import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { FairsService } from '@hoicho/fairs';
import { AppError, Clock } from '@hoicho/platform';
import { ApplicationDecision, ApplicationStatus, PriorityResult } from '../domain';
import { Application } from '../entities/application.entity';
import { logEvents, LogEntry } from '../review/application-log';
import { PriorityService } from '../review/priority.service';
import { quoteFee } from '../review/fee-quote';
import { ApplicationSettingsService } from '../settings/application-settings.service';
import { firstDayOf, PlanIndex } from '../views/fair-context';

/** What allocation needs to know of an application besides its request (allocationRequests). */
export interface AllocationApplicant {
  id: string;
  fairId: string;
  producerId: string;
  producerName: string;
  reference: string;
  craftVillage: string | null;
  status: ApplicationStatus;
  pendingDecision: ApplicationDecision | null;
  boothsWanted: number;
  /** Đồng as digit strings; null until an approval priced the application. */
  fee: string | null;
  amountDue: string | null;
  deposit: string | null;
  amountPaid: string;
  /** The member who submitted it: the one allocation writes to. */
  submittedBy: string | null;
}

/** A waitlisted application as an allocation request, with its place in the queue. */
export interface WaitlistCandidate {
  id: string;
  producerId: string;
  producerName: string;
  size: number;
  types: string[];
  zones: string[];
  corner: boolean;
  priority: number;
  /** The computed score behind the priority: ties within a priority go to the higher score. */
  score: number;
  submittedAt: Date | null;
}

const toApplicant = (a: Application): AllocationApplicant => ({
  id: a.id,
  fairId: a.fairId,
  producerId: a.producerId,
  producerName: a.producerName,
  reference: a.reference,
  craftVillage: a.craftVillage,
  status: a.status,
  pendingDecision: a.pendingDecision,
  boothsWanted: a.boothsWanted,
  fee: a.fee,
  amountDue: a.amountDue,
  deposit: a.deposit,
  amountPaid: a.amountPaid,
  submittedBy: a.submittedBy,
});

/**
 * The few things the allocation area may ask of and do to applications (it never reads their
 * tables): who they are, the waiting list in priority order, and the two status changes that
 * allocation causes, both written in the caller's transaction with their history:
 * - an approved applicant left without a booth when an allocation is published becomes
 *   waitlisted (released at once: the allocation's letter tells the producer). The domain
 *   machine keeps a released approval final for the review; allocation is the one place that
 *   may take it back, because the fair ran out of room. Fee and grant are kept, so an offer
 *   accepted later restores the approval at the price the producer was told.
 * - a waitlisted applicant who accepts a booth offer becomes approved (approve + release in
 *   the history), priced as the review prices an approval if it never was.
 */
@Injectable()
export class AllocationApplicantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly fairs: FairsService,
    private readonly priorities: PriorityService,
    private readonly settings: ApplicationSettingsService,
    private readonly clock: Clock,
  ) {}

  /** The fair's submitted applications with these ids (all submitted ones when omitted). */
  async applicants(
    fairId: string,
    ids?: readonly string[],
    manager?: EntityManager,
  ): Promise<AllocationApplicant[]> {
    if (ids && ids.length === 0) return [];
    const rows = await (manager ?? this.dataSource.manager).getRepository(Application).find({
      where: { fairId, ...(ids ? { id: In([...ids]) } : {}) },
      order: { id: 'ASC' },
    });
    return rows.filter((r) => r.submittedAt !== null).map(toApplicant);
  }

  /** Locks these applications (id order, so concurrent callers cannot deadlock). */
  async lock(
    manager: EntityManager,
    fairId: string,
    ids: readonly string[],
  ): Promise<AllocationApplicant[]> {
    if (ids.length === 0) return [];
    const rows = await manager
      .getRepository(Application)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.fairId = :fairId AND a.id IN (:...ids)', { fairId, ids: [...ids] })
      .orderBy('a.id')
      .getMany();
    return rows.map(toApplicant);
  }

  /**
   * Waitlisted applications (released, nothing staged) as requests, best first: priority,
   * then the score behind it, then the earlier submission.
   */
  async waitlist(fairId: string, manager?: EntityManager): Promise<WaitlistCandidate[]> {
    const m = manager ?? this.dataSource.manager;
    const fair = await this.fairs.getFair(fairId);
    // One query at a time: `manager` may be a transaction's single connection.
    const plan = await this.fairs.getPlan(fairId);
    const priorities = await this.priorities.forFair(fairId, firstDayOf(fair, this.clock.now()), m);
    const rows = await m.getRepository(Application).find({
      where: { fairId, status: 'waitlisted' },
      order: { id: 'ASC' },
    });
    const index = new PlanIndex(plan);
    const rank = (id: string): PriorityResult | undefined => priorities.get(id);
    return rows
      .filter((a) => a.pendingDecision === null)
      .map((a) => ({
        id: a.id,
        producerId: a.producerId,
        producerName: a.producerName,
        size: a.boothsWanted,
        types: index.typeCodes(a.boothTypeIds),
        zones: index.zoneCodes(a.zoneIds),
        corner: a.wantsCorner,
        priority: rank(a.id)?.priority ?? 1,
        score: rank(a.id)?.score ?? 0,
        submittedAt: a.submittedAt,
      }))
      .sort(
        (x, y) =>
          y.priority - x.priority ||
          y.score - x.score ||
          (x.submittedAt?.getTime() ?? 0) - (y.submittedAt?.getTime() ?? 0) ||
          (x.id < y.id ? -1 : 1),
      );
  }

  /**
   * Released approvals among `ids` become waitlisted (others are left alone); returns the ids
   * that changed. Call with the rows locked (`lock`).
   */
  async markWaitlisted(
    manager: EntityManager,
    fairId: string,
    ids: readonly string[],
    actorId: string,
    data: Record<string, unknown>,
  ): Promise<string[]> {
    const rows = (await this.lock(manager, fairId, ids)).filter(
      (a) => a.status === 'approved' && a.pendingDecision === null,
    );
    if (rows.length === 0) return [];
    const now = this.clock.now();
    await manager
      .getRepository(Application)
      .update(
        { fairId, id: In(rows.map((r) => r.id)) },
        { status: 'waitlisted', decidedAt: now, releasedAt: now },
      );
    await logEvents(
      manager,
      rows.map((a): LogEntry => ({
        fairId,
        applicationId: a.id,
        event: 'waitlist',
        from: { status: 'approved', pendingDecision: null },
        to: { status: 'waitlisted', pendingDecision: null },
        reason: 'No booth was left for the application when the allocation was published',
        data,
        actorId,
      })),
    );
    return rows.map((r) => r.id);
  }

  /**
   * A waitlisted application becomes approved (the producer accepted a booth offer). Priced
   * like a review approval if it has no fee yet, its grant taken from the budget with the
   * programme row locked. 409 application_transition if it is not waitlisted any more.
   */
  async approveFromWaitlist(
    manager: EntityManager,
    fairId: string,
    applicationId: string,
    actorId: string,
    data: Record<string, unknown>,
  ): Promise<AllocationApplicant> {
    const [app] = await manager
      .getRepository(Application)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.fairId = :fairId AND a.id = :id', { fairId, id: applicationId })
      .getMany();
    if (!app) throw AppError.notFound('Application');
    if (app.status !== 'waitlisted') {
      throw new AppError(
        'conflict',
        'application_transition',
        `The application is ${app.status}, no longer on the waiting list`,
        [{ field: 'status', message: `is ${app.status}` }],
        { status: app.status, pendingDecision: app.pendingDecision },
      );
    }
    const now = this.clock.now();
    let fee: Partial<Application> = {};
    if (app.fee === null) fee = await this.price(manager, app, now);
    await manager.getRepository(Application).update(app.id, {
      ...fee,
      status: 'approved',
      pendingDecision: null,
      pendingReason: null,
      decidedAt: now,
      releasedAt: now,
    });
    const staged = { status: 'waitlisted' as const, pendingDecision: 'approved' as const };
    await logEvents(manager, [
      {
        fairId,
        applicationId: app.id,
        event: 'approve',
        from: { status: app.status, pendingDecision: app.pendingDecision },
        to: staged,
        data: fee.fee ? { ...data, fee: fee.fee, amountDue: fee.amountDue } : data,
        actorId,
      },
      {
        fairId,
        applicationId: app.id,
        event: 'release',
        from: staged,
        to: { status: 'approved', pendingDecision: null },
        data: { ...data, decision: 'approved' },
        actorId,
      },
    ]);
    return toApplicant({ ...app, ...fee, status: 'approved', pendingDecision: null });
  }

  /** The review's pricing of an approval, budget included (see ReviewService.decide). */
  private async price(
    manager: EntityManager,
    app: Application,
    now: Date,
  ): Promise<Partial<Application>> {
    const fair = await this.fairs.getFair(app.fairId);
    const [plan, programmes, settings] = await Promise.all([
      this.fairs.getPlan(app.fairId),
      this.fairs.getSupportProgrammes(app.fairId),
      this.settings.get(app.fairId, manager),
    ]);
    const programme = programmes.find((p) => p.id === app.supportProgrammeId) ?? null;
    let remaining = 0n;
    if (programme) {
      const [row] = (await manager.query(
        `SELECT (total_budget - budget_used)::text AS remaining FROM support_programmes
          WHERE id = $1 FOR UPDATE`,
        [programme.id],
      )) as { remaining: string }[];
      remaining = row ? BigInt(row.remaining) : 0n;
    }
    const quote = quoteFee({
      app,
      plan: new PlanIndex(plan),
      programme,
      remainingBudget: remaining,
      depositPercent: settings.depositPercent,
      onDate: firstDayOf(fair, now),
    });
    const grant = quote.breakdown.subsidy;
    if (grant > 0n && quote.programmeId) {
      const taken = await this.fairs.reserveSupportBudget(manager, quote.programmeId, grant);
      if (!taken) {
        throw new AppError(
          'conflict',
          'budget_conflict',
          'The support budget changed during the approval; try again',
        );
      }
    }
    return {
      fee: quote.breakdown.fee.toString(),
      subsidy: grant.toString(),
      amountDue: quote.breakdown.amountDue.toString(),
      deposit: quote.breakdown.deposit.toString(),
      feeDetail: quote.detail,
      grantHeld: grant.toString(),
    };
  }
}
