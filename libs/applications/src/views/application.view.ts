import { FairDto } from '@hoicho/fairs';
import {
  allowedApplicationEvents,
  ApplicationEvent,
  organiserStatus,
  PriorityResult,
  TransitionContext,
} from '../domain';
import {
  ApplicationDto,
  ApplicationEventDto,
  FeeDto,
  PriorityDto,
  ReviewApplicationDto,
} from '../dto/application-view.dto';
import { ApplicationEventRow } from '../entities/application-event.entity';
import { Application } from '../entities/application.entity';
import { PlanIndex } from './fair-context';

const PRODUCER_ACTIONS: readonly ApplicationEvent[] = ['submit', 'withdraw'];

export function paymentStatus(app: Application): FeeDto['paymentStatus'] {
  if (app.amountDue === null || app.deposit === null) return 'unpaid';
  const paid = BigInt(app.amountPaid);
  if (paid >= BigInt(app.amountDue)) return 'paid';
  return paid > 0n && paid >= BigInt(app.deposit) ? 'deposit_paid' : 'unpaid';
}

export function feeOf(app: Application): FeeDto | null {
  if (app.fee === null || app.subsidy === null || app.amountDue === null || app.deposit === null)
    return null;
  const detail = app.feeDetail;
  return {
    lines: (detail?.lines ?? []).map(({ boothType, unitPrice, count }) => ({
      boothType,
      unitPrice,
      count,
    })),
    fee: app.fee,
    subsidy: app.subsidy,
    amountDue: app.amountDue,
    depositPercent: detail?.depositPercent ?? 0,
    deposit: app.deposit,
    balance: (BigInt(app.amountDue) - BigInt(app.deposit)).toString(),
    amountPaid: app.amountPaid,
    paymentStatus: paymentStatus(app),
    programme: detail?.programme?.nameVi ?? null,
    unmet: detail?.unmet ?? [],
  };
}

function common(app: Application, plan: PlanIndex) {
  return {
    id: app.id,
    reference: app.reference,
    fairId: app.fairId,
    producerId: app.producerId,
    boothsWanted: app.boothsWanted,
    boothTypes: plan.typeCodes(app.boothTypeIds),
    zones: plan.zoneCodes(app.zoneIds),
    wantsCorner: app.wantsCorner,
    nearProducerIds: app.nearProducerIds,
    productIds: app.productIds,
    needs: { power: app.needsPower, water: app.needsWater, note: app.needsNote },
    supportProgrammeId: app.supportProgrammeId,
    submittedAt: app.submittedAt,
    releasedAt: app.releasedAt,
    withdrawnAt: app.withdrawnAt,
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
  };
}

/** The producer's view: what it has been told, never what is staged. */
export function toApplicationDto(
  app: Application,
  fair: Pick<FairDto, 'nameVi' | 'nameEn' | 'withdrawalDeadline'>,
  plan: PlanIndex,
  ctx: TransitionContext,
): ApplicationDto {
  const state = { status: app.status, pendingDecision: app.pendingDecision };
  return {
    ...common(app, plan),
    fair: {
      nameVi: fair.nameVi,
      nameEn: fair.nameEn,
      withdrawalDeadline: fair.withdrawalDeadline,
    },
    status: app.status,
    decisionReason: app.releasedAt !== null ? app.decisionReason : null,
    fee: app.status === 'approved' ? feeOf(app) : null,
    allowedActions: allowedApplicationEvents(state, ctx).filter((e) =>
      PRODUCER_ACTIONS.includes(e),
    ),
  };
}

export function toPriorityDto(
  app: Application,
  result: PriorityResult | undefined,
): PriorityDto | null {
  if (!result) return null;
  return {
    priority: result.priority,
    computedPriority: result.computedPriority,
    score: result.score,
    points: result.points,
    overridden: result.overridden,
    overrideReason: app.priorityOverrideReason,
    overriddenBy: app.priorityOverriddenBy,
    overriddenAt: app.priorityOverriddenAt,
  };
}

/** The organiser's view: the staged decision, the producer snapshot, priority and money. */
export function toReviewDto(
  app: Application,
  plan: PlanIndex,
  ctx: TransitionContext,
  priority: PriorityResult | undefined,
): ReviewApplicationDto {
  const state = { status: app.status, pendingDecision: app.pendingDecision };
  return {
    ...common(app, plan),
    status: app.status,
    decisionReason: app.decisionReason,
    pendingDecision: app.pendingDecision,
    pendingReason: app.pendingReason,
    reviewStatus: organiserStatus(state),
    producer: {
      name: app.producerName,
      legalForm: app.legalForm,
      craftVillage: app.craftVillage,
      craftVillageRecognised: app.craftVillageRecognised,
      craft: app.craft,
      ocopStars: app.ocopStars,
      firstParticipation: app.firstParticipation,
    },
    priority: toPriorityDto(app, priority),
    fee: feeOf(app),
    grantHeld: app.grantHeld,
    allowedActions: allowedApplicationEvents(state, ctx),
    decidedAt: app.decidedAt,
  };
}

export function toEventDto(
  row: ApplicationEventRow,
  actorName: string | null,
): ApplicationEventDto {
  return {
    id: row.id,
    event: row.event,
    fromStatus: row.fromStatus,
    fromPending: row.fromPending,
    toStatus: row.toStatus,
    toPending: row.toPending,
    reason: row.reason,
    data: row.data,
    actorId: row.actorId,
    actorName,
    occurredAt: row.occurredAt,
  };
}
