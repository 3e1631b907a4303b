import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SupportBudgets } from '@hoicho/fairs';
import { AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import { ApplicationDecision, ApplicationEvent } from '../domain';
import { BulkDecisionDto } from '../dto/review-input.dto';
import { ReviewApplicationDto } from '../dto/application-view.dto';
import { ApplicationEventRepository } from '../entities/application-event.repository';
import { ApplicationChanges, ApplicationRepository } from '../entities/application.repository';
import { firstDayOf } from '../views/fair-context';
import { ApplicationQueryService } from './application-query.service';
import { ApprovalPricing } from './approval-pricing';
import {
  DecisionMove,
  moneyLogData,
  newApprovals,
  planDecision,
  undoneApprovals,
} from './decision-moves';
import { ReviewAccess, ReviewContext } from './review-context';

const EVENT_OF: Record<ApplicationDecision, ApplicationEvent> = {
  approved: 'approve',
  rejected: 'reject',
  waitlisted: 'waitlist',
};

const NO_FEE: ApplicationChanges = {
  fee: null,
  subsidy: null,
  amountDue: null,
  deposit: null,
  feeDetail: null,
  grantHeld: '0',
};

/**
 * The organiser stages one decision for one or many applications, all or nothing. Every
 * application row is locked; an approval takes its subsidy from the programme's budget in the
 * same transaction, with the programme's row locked, so concurrent approvals can never grant
 * more than the budget; an undone approval gives its grant back first.
 */
@Injectable()
export class DecisionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ReviewAccess,
    private readonly applications: ApplicationRepository,
    private readonly events: ApplicationEventRepository,
    private readonly budgets: SupportBudgets,
    private readonly pricing: ApprovalPricing,
    private readonly queries: ApplicationQueryService,
    private readonly clock: Clock,
  ) {}

  async decide(
    user: AuthUser,
    fairId: string,
    dto: BulkDecisionDto,
  ): Promise<ReviewApplicationDto[]> {
    const ctx = await this.access.context(user, fairId);
    const event = EVENT_OF[dto.decision];
    const now = this.clock.now();
    await this.transactions.run(async ({ manager }) => {
      const apps = await this.access.lock(manager, fairId, dto.applicationIds);
      const moves = planDecision(apps, event, ctx.tctx, dto.decision, dto.applicationIds);
      const remaining = await this.budgets.lockRemaining(
        manager,
        moves
          .map(({ app }) => app.supportProgrammeId)
          .filter((id): id is string => id !== null && ctx.programmes.has(id)),
      );
      const changes = new Map<string, ApplicationChanges>();
      await this.giveBack(manager, moves, remaining, changes);
      await this.grant(manager, moves, ctx, remaining, firstDayOf(ctx.fair, now), changes);
      for (const { app, next } of moves) {
        await this.applications.update(manager, app.id, {
          ...(changes.get(app.id) ?? {}),
          status: next.status,
          pendingDecision: next.pendingDecision,
          pendingReason: next.pendingDecision ? (dto.reason ?? null) : null,
          decidedAt: now,
        });
      }
      await this.events.append(
        manager,
        moves.map(({ app, next }) => ({
          fairId,
          applicationId: app.id,
          event,
          from: app,
          to: next,
          reason: dto.reason ?? null,
          data: moneyLogData(app, changes.get(app.id) ?? {}),
          actorId: user.id,
        })),
      );
    });
    return this.queries.reviewViews(user, fairId, dto.applicationIds);
  }

  /** Undone approvals give their grant back, so the budget they held is free again. */
  private async giveBack(
    manager: EntityManager,
    moves: readonly DecisionMove[],
    remaining: Map<string, bigint>,
    changes: Map<string, ApplicationChanges>,
  ): Promise<void> {
    for (const { app } of undoneApprovals(moves)) {
      const held = BigInt(app.grantHeld);
      if (held > 0n && app.supportProgrammeId) {
        await this.budgets.release(manager, app.supportProgrammeId, held);
        const left = remaining.get(app.supportProgrammeId);
        if (left !== undefined) remaining.set(app.supportProgrammeId, left + held);
      }
      changes.set(app.id, { ...NO_FEE });
    }
  }

  /** New approvals are priced and take their grants in order of submission. */
  private async grant(
    manager: EntityManager,
    moves: readonly DecisionMove[],
    ctx: ReviewContext,
    remaining: Map<string, bigint>,
    onDate: string,
    changes: Map<string, ApplicationChanges>,
  ): Promise<void> {
    for (const { app } of newApprovals(moves)) {
      const programme = app.supportProgrammeId
        ? (ctx.programmes.get(app.supportProgrammeId) ?? null)
        : null;
      const left = programme ? (remaining.get(programme.id) ?? 0n) : 0n;
      const priced = await this.pricing.price(manager, {
        app,
        plan: ctx.plan,
        programme,
        remainingBudget: left,
        depositPercent: ctx.depositPercent,
        onDate,
      });
      if (priced.programmeId) remaining.set(priced.programmeId, left - priced.grant);
      changes.set(app.id, priced.fields);
    }
  }
}
