import { AppError } from '@hoicho/platform';
import { transitionRefused } from '../applications.errors';
import {
  ApplicationEvent,
  ApplicationState,
  ApplicationTransitionError,
  applyApplicationEvent,
  organiserStatus,
  TransitionContext,
} from '../domain';
import { Application } from '../entities/application.entity';
import { ApplicationChanges } from '../entities/application.repository';

/** One application's step in a decision. */
export interface DecisionMove {
  app: Application;
  next: ApplicationState;
}

/**
 * Every application's next state, all or nothing: one refused step refuses the decision (a
 * single application gets its own 409, many get one 409 listing each refusal).
 */
export function planDecision(
  apps: readonly Application[],
  event: ApplicationEvent,
  ctx: TransitionContext,
  decision: string,
  applicationIds: readonly string[],
): DecisionMove[] {
  const moves: DecisionMove[] = [];
  const refusals: { applicationId: string; message: string }[] = [];
  for (const app of apps) {
    try {
      moves.push({
        app,
        next: applyApplicationEvent(
          { status: app.status, pendingDecision: app.pendingDecision },
          event,
          ctx,
        ),
      });
    } catch (error) {
      if (!(error instanceof ApplicationTransitionError)) throw error;
      if (apps.length === 1) throw transitionRefused(error, ctx, app.id);
      refusals.push({ applicationId: app.id, message: error.message });
    }
  }
  if (refusals.length > 0) {
    throw new AppError(
      'conflict',
      'application_transition',
      `${refusals.length} of ${apps.length} applications cannot be ${decision}; nothing was changed`,
      refusals.map((r) => ({
        field: `applicationIds.${applicationIds.indexOf(r.applicationId)}`,
        message: r.message,
      })),
      { refusals },
    );
  }
  return moves;
}

export const wasApproved = (app: ApplicationState) => organiserStatus(app) === 'approved';
export const willApprove = (next: ApplicationState) => organiserStatus(next) === 'approved';

/** Approvals that take a grant now, earliest submission first (then by id). */
export function newApprovals(moves: readonly DecisionMove[]): DecisionMove[] {
  return moves
    .filter(({ app, next }) => willApprove(next) && !wasApproved(app))
    .sort(
      (a, b) =>
        (a.app.submittedAt?.getTime() ?? 0) - (b.app.submittedAt?.getTime() ?? 0) ||
        (a.app.id < b.app.id ? -1 : 1),
    );
}

/** Approvals the decision undoes: their grants go back first. */
export function undoneApprovals(moves: readonly DecisionMove[]): DecisionMove[] {
  return moves.filter(({ app, next }) => wasApproved(app) && !willApprove(next));
}

/** What the history line of a move records about money. */
export function moneyLogData(app: Application, fee: ApplicationChanges): Record<string, unknown> {
  if (fee.fee !== undefined && fee.fee !== null) {
    return { fee: fee.fee, subsidy: fee.subsidy, amountDue: fee.amountDue, deposit: fee.deposit };
  }
  return BigInt(app.grantHeld) > 0n && fee.grantHeld === '0'
    ? { grantReleased: app.grantHeld }
    : {};
}
