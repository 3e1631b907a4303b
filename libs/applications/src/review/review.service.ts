import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { User, UsersService } from '@hoicho/accounts';
import { FairDto, FairsService, SupportProgrammeDto } from '@hoicho/fairs';
import { OutboxService } from '@hoicho/notifications';
import {
  APP_CONFIG,
  AppConfig,
  AppError,
  AuthUser,
  Clock,
  TransactionRunner,
  Tx,
} from '@hoicho/platform';
import {
  fairNotReviewing,
  notPayable,
  overpayment,
  transitionRefused,
} from '../applications.errors';
import {
  ApplicationDecision,
  ApplicationEvent,
  ApplicationState,
  ApplicationTransitionError,
  applyApplicationEvent,
  organiserStatus,
  TransitionContext,
} from '../domain';
import {
  BulkDecisionDto,
  PaymentDto,
  PriorityOverrideDto,
  ReleaseDecisionsDto,
} from '../dto/review-input.dto';
import { ReleaseResultDto, ReviewApplicationDto } from '../dto/application-view.dto';
import { Application } from '../entities/application.entity';
import { ApplicationSettingsService } from '../settings/application-settings.service';
import { firstDayOf, PlanIndex, withdrawalDeadlineOf } from '../views/fair-context';
import { LogEntry, logEvents } from './application-log';
import { quoteFee } from './fee-quote';
import { ApplicationQueryService } from './application-query.service';

const EVENT_OF: Record<ApplicationDecision, ApplicationEvent> = {
  approved: 'approve',
  rejected: 'reject',
  waitlisted: 'waitlist',
};

/** Decisions, releases and payments happen while a fair is live, not in draft or after it. */
const REVIEWING = ['open', 'allocating', 'published', 'running'];

interface ReviewContext {
  fair: FairDto;
  plan: PlanIndex;
  programmes: Map<string, SupportProgrammeDto>;
  depositPercent: number;
  tctx: TransitionContext;
}

const fee0 = {
  fee: null,
  subsidy: null,
  amountDue: null,
  deposit: null,
  feeDetail: null,
  grantHeld: '0',
};

/**
 * The organiser's side: stage decisions (one or many), release them with their letters, override
 * priorities and mark payments. Every change locks the application rows it touches; an approval
 * takes its subsidy from the programme's budget inside the same transaction, with the
 * programme's row locked, so concurrent approvals can never grant more than the budget.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly fairs: FairsService,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
    private readonly settings: ApplicationSettingsService,
    private readonly queries: ApplicationQueryService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async context(user: AuthUser, fairId: string): Promise<ReviewContext> {
    const fair = await this.fairs.getFairForUser(user, fairId);
    if (!REVIEWING.includes(fair.status)) throw fairNotReviewing(fair.status);
    const [plan, programmes, settings] = await Promise.all([
      this.fairs.getPlan(fairId),
      this.fairs.getSupportProgrammes(fairId),
      this.settings.get(fairId),
    ]);
    return {
      fair,
      plan: new PlanIndex(plan),
      programmes: new Map(programmes.map((p) => [p.id, p])),
      depositPercent: settings.depositPercent,
      tctx: { now: this.clock.now(), withdrawalDeadline: withdrawalDeadlineOf(fair) },
    };
  }

  /** Locks the fair's applications with these ids, in id order (no deadlocks between bulks). */
  private async lockApplications(
    manager: EntityManager,
    fairId: string,
    ids: readonly string[],
  ): Promise<Application[]> {
    const rows = await manager
      .getRepository(Application)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.fairId = :fairId AND a.id IN (:...ids)', { fairId, ids })
      // Drafts (and drafts withdrawn unsubmitted) are the producer's own business.
      .andWhere('a.submittedAt IS NOT NULL')
      .orderBy('a.id')
      .getMany();
    if (rows.length < ids.length) {
      const found = new Set(rows.map((r) => r.id));
      const missing = ids.filter((id) => !found.has(id));
      throw new AppError(
        'not_found',
        'not_found',
        `Application not found: ${missing.join(', ')}`,
        [],
        { missing },
      );
    }
    return rows;
  }

  /** Locks programme rows in id order and answers what each has left, in đồng. */
  private async lockBudgets(
    manager: EntityManager,
    programmeIds: string[],
  ): Promise<Map<string, bigint>> {
    const ids = [...new Set(programmeIds)].sort();
    if (ids.length === 0) return new Map();
    // The fairs module owns this table; its budget moves only through FairsService. This read
    // only takes the row lock that makes "what is left" true until this transaction ends.
    const rows = (await manager.query(
      `SELECT id, (total_budget - budget_used)::text AS remaining FROM support_programmes
        WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    )) as { id: string; remaining: string }[];
    return new Map(rows.map((r) => [r.id, BigInt(r.remaining)]));
  }

  async decide(
    user: AuthUser,
    fairId: string,
    dto: BulkDecisionDto,
  ): Promise<ReviewApplicationDto[]> {
    const ctx = await this.context(user, fairId);
    const event = EVENT_OF[dto.decision];
    const now = this.clock.now();
    const onDate = firstDayOf(ctx.fair, now);
    await this.transactions.run(async ({ manager }) => {
      const apps = await this.lockApplications(manager, fairId, dto.applicationIds);
      const moves: { app: Application; next: ApplicationState }[] = [];
      const refusals: { applicationId: string; message: string }[] = [];
      for (const app of apps) {
        try {
          moves.push({
            app,
            next: applyApplicationEvent(
              { status: app.status, pendingDecision: app.pendingDecision },
              event,
              ctx.tctx,
            ),
          });
        } catch (error) {
          if (!(error instanceof ApplicationTransitionError)) throw error;
          if (apps.length === 1) throw transitionRefused(error, ctx.tctx, app.id);
          refusals.push({ applicationId: app.id, message: error.message });
        }
      }
      if (refusals.length > 0) {
        throw new AppError(
          'conflict',
          'application_transition',
          `${refusals.length} of ${apps.length} applications cannot be ${dto.decision}; nothing was changed`,
          refusals.map((r) => ({
            field: `applicationIds.${dto.applicationIds.indexOf(r.applicationId)}`,
            message: r.message,
          })),
          { refusals },
        );
      }
      const wasApproved = (app: Application) => organiserStatus(app) === 'approved';
      const willApprove = (next: ApplicationState) => organiserStatus(next) === 'approved';
      const grants = moves
        .filter(({ app, next }) => willApprove(next) && !wasApproved(app))
        .sort(
          (a, b) =>
            (a.app.submittedAt?.getTime() ?? 0) - (b.app.submittedAt?.getTime() ?? 0) ||
            (a.app.id < b.app.id ? -1 : 1),
        );
      const remaining = await this.lockBudgets(
        manager,
        moves
          .filter(({ app }) => app.supportProgrammeId !== null)
          .map(({ app }) => app.supportProgrammeId!)
          .filter((id) => ctx.programmes.has(id)),
      );
      const changes = new Map<string, Partial<Application>>();
      const log: LogEntry[] = [];
      // Undone approvals give their grant back first, so the budget they held is free again.
      for (const { app, next } of moves) {
        if (!wasApproved(app) || willApprove(next)) continue;
        const held = BigInt(app.grantHeld);
        if (held > 0n && app.supportProgrammeId) {
          await this.fairs.releaseSupportBudget(manager, app.supportProgrammeId, held);
          const left = remaining.get(app.supportProgrammeId);
          if (left !== undefined) remaining.set(app.supportProgrammeId, left + held);
        }
        changes.set(app.id, { ...fee0 });
      }
      for (const { app } of grants) {
        const programme = app.supportProgrammeId
          ? (ctx.programmes.get(app.supportProgrammeId) ?? null)
          : null;
        const left = programme ? (remaining.get(programme.id) ?? 0n) : 0n;
        const quote = quoteFee({
          app,
          plan: ctx.plan,
          programme,
          remainingBudget: left,
          depositPercent: ctx.depositPercent,
          onDate,
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
          remaining.set(quote.programmeId, left - grant);
        }
        changes.set(app.id, {
          fee: quote.breakdown.fee.toString(),
          subsidy: grant.toString(),
          amountDue: quote.breakdown.amountDue.toString(),
          deposit: quote.breakdown.deposit.toString(),
          feeDetail: quote.detail,
          grantHeld: grant.toString(),
        });
      }
      for (const { app, next } of moves) {
        const fee = changes.get(app.id) ?? {};
        await manager.getRepository(Application).update(app.id, {
          ...fee,
          status: next.status,
          pendingDecision: next.pendingDecision,
          pendingReason: next.pendingDecision ? (dto.reason ?? null) : null,
          decidedAt: now,
        });
        log.push({
          fairId,
          applicationId: app.id,
          event,
          from: app,
          to: next,
          reason: dto.reason ?? null,
          data:
            fee.fee !== undefined && fee.fee !== null
              ? {
                  fee: fee.fee,
                  subsidy: fee.subsidy,
                  amountDue: fee.amountDue,
                  deposit: fee.deposit,
                }
              : BigInt(app.grantHeld) > 0n && fee.grantHeld === '0'
                ? { grantReleased: app.grantHeld }
                : {},
          actorId: user.id,
        });
      }
      await logEvents(manager, log);
    });
    return this.queries.reviewViews(user, fairId, dto.applicationIds);
  }

  /**
   * Makes staged decisions what the producers are told, and records one letter for each in
   * the same transaction. A decision released once is not staged any more, so a second release
   * finds nothing; the dedupe key (application + decision) guards the letter besides.
   */
  async release(
    user: AuthUser,
    fairId: string,
    dto: ReleaseDecisionsDto,
  ): Promise<ReleaseResultDto> {
    const ctx = await this.context(user, fairId);
    const staged = await this.dataSource.getRepository(Application).find({
      select: { id: true, submittedBy: true },
      where: {
        fairId,
        pendingDecision: In(['approved', 'rejected', 'waitlisted']),
        ...(dto.applicationIds ? { id: In(dto.applicationIds) } : {}),
      },
    });
    const recipients = new Map<string, User>();
    for (const id of new Set(staged.map((a) => a.submittedBy).filter((x): x is string => !!x))) {
      const found = await this.users.findById(id);
      if (found) recipients.set(id, found);
    }
    return this.transactions.run(async (tx) => {
      const apps = await tx.manager
        .getRepository(Application)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.fairId = :fairId AND a.pendingDecision IS NOT NULL', { fairId })
        .andWhere(dto.applicationIds ? 'a.id IN (:...ids)' : 'TRUE', { ids: dto.applicationIds })
        .orderBy('a.id')
        .getMany();
      const now = this.clock.now();
      const log: LogEntry[] = [];
      let letters = 0;
      for (const app of apps) {
        const next = applyApplicationEvent(
          { status: app.status, pendingDecision: app.pendingDecision },
          'release',
          ctx.tctx,
        );
        await tx.manager.getRepository(Application).update(app.id, {
          status: next.status,
          pendingDecision: null,
          pendingReason: null,
          decisionReason: app.pendingReason,
          releasedAt: now,
        });
        log.push({
          fairId,
          applicationId: app.id,
          event: 'release',
          from: app,
          to: next,
          reason: app.pendingReason,
          data: { decision: next.status },
          actorId: user.id,
        });
        const recipient =
          (app.submittedBy && recipients.get(app.submittedBy)) ||
          (app.submittedBy ? await this.users.findById(app.submittedBy) : null);
        if (recipient && (await this.letter(tx, ctx, app, next.status, recipient))) letters++;
      }
      await logEvents(tx.manager, log);
      return { released: apps.length, applicationIds: apps.map((a) => a.id), letters };
    });
  }

  private async letter(
    tx: Tx,
    ctx: ReviewContext,
    app: Application,
    decision: string,
    recipient: User,
  ): Promise<boolean> {
    const approved = decision === 'approved';
    const detail = app.feeDetail;
    const en = recipient.locale === 'en';
    const programme =
      detail?.programme && app.subsidy && BigInt(app.subsidy) > 0n
        ? en
          ? (detail.programme.nameEn ?? detail.programme.nameVi)
          : detail.programme.nameVi
        : null;
    const id = await this.outbox.record(tx, {
      template: 'application.decision',
      to: recipient.email,
      locale: recipient.locale,
      organisingBodyId: ctx.fair.organisingBodyId,
      dedupeKey: `application:${app.id}:decision:${decision}`,
      data: {
        fullName: recipient.fullName,
        producerName: app.producerName,
        fairName: en ? (ctx.fair.nameEn ?? ctx.fair.nameVi) : ctx.fair.nameVi,
        reference: app.reference,
        decision: decision as 'approved' | 'rejected' | 'waitlisted',
        boothsWanted: app.boothsWanted,
        reason: app.pendingReason,
        fee: approved ? app.fee : null,
        subsidy: approved ? app.subsidy : null,
        amountDue: approved ? app.amountDue : null,
        depositPercent: approved ? (detail?.depositPercent ?? null) : null,
        deposit: approved ? app.deposit : null,
        balance:
          approved && app.amountDue !== null && app.deposit !== null
            ? (BigInt(app.amountDue) - BigInt(app.deposit)).toString()
            : null,
        programmeName: approved ? programme : null,
        applicationUrl: `${this.config.publicUrl}/applications/${app.id}`,
      },
    });
    return id !== null;
  }

  async overridePriority(
    user: AuthUser,
    fairId: string,
    applicationId: string,
    dto: PriorityOverrideDto,
  ): Promise<ReviewApplicationDto> {
    await this.fairs.getFairForUser(user, fairId);
    await this.transactions.run(async ({ manager }) => {
      const [app] = await this.lockApplications(manager, fairId, [applicationId]);
      const set = dto.priority !== null;
      await manager.getRepository(Application).update(app.id, {
        priorityOverride: dto.priority,
        priorityOverrideReason: set ? (dto.reason ?? null) : null,
        priorityOverriddenBy: set ? user.id : null,
        priorityOverriddenAt: set ? this.clock.now() : null,
      });
      await logEvents(manager, [
        {
          fairId,
          applicationId: app.id,
          event: 'priority_override',
          from: app,
          to: app,
          reason: dto.reason ?? null,
          data: { priority: dto.priority, previous: app.priorityOverride },
          actorId: user.id,
        },
      ]);
    });
    return (await this.queries.reviewViews(user, fairId, [applicationId]))[0];
  }

  async recordPayment(
    user: AuthUser,
    fairId: string,
    applicationId: string,
    dto: PaymentDto,
  ): Promise<ReviewApplicationDto> {
    const fair = await this.fairs.getFairForUser(user, fairId);
    if (fair.status === 'draft' || fair.status === 'cancelled') throw fairNotReviewing(fair.status);
    await this.transactions.run(async ({ manager }) => {
      const [app] = await this.lockApplications(manager, fairId, [applicationId]);
      if (app.status !== 'approved' || app.amountDue === null) throw notPayable(app.status);
      const amount = BigInt(dto.amount);
      const outstanding = BigInt(app.amountDue) - BigInt(app.amountPaid);
      if (amount > outstanding) throw overpayment(outstanding);
      const paid = BigInt(app.amountPaid) + amount;
      await manager.getRepository(Application).update(app.id, { amountPaid: paid.toString() });
      await logEvents(manager, [
        {
          fairId,
          applicationId: app.id,
          event: 'payment',
          from: app,
          to: app,
          data: {
            amount: amount.toString(),
            amountPaid: paid.toString(),
            reference: dto.reference ?? null,
          },
          actorId: user.id,
        },
      ]);
    });
    return (await this.queries.reviewViews(user, fairId, [applicationId]))[0];
  }
}
