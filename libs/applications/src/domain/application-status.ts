/*
 * An application's life. The producer drafts and submits it; the organiser decides (approve,
 * reject, waitlist). Decisions are staged: recorded as `pendingDecision` (not released), free
 * to change, and they become the status the producer sees only on release, when the letter
 * goes out. So `status` is always what the producer has been told.
 *
 * After release: a waitlisted application can still be approved or rejected when a place frees
 * up or the fair fills; an approval or a rejection is final, because the producer has been told
 * and may have paid. Approved → waitlisted is therefore possible only while unreleased.
 *
 * Withdrawal: from draft, submitted, approved or waitlisted; it drops any staged decision. The
 * fair's withdrawal deadline binds only an approval, the one case where a booth is committed.
 */

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'waitlisted',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type ApplicationDecision = Extract<
  ApplicationStatus,
  'approved' | 'rejected' | 'waitlisted'
>;

export const APPLICATION_EVENTS = [
  'submit',
  'approve',
  'reject',
  'waitlist',
  'release',
  'withdraw',
] as const;
export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number];

export interface ApplicationState {
  /** What the producer has been told. */
  status: ApplicationStatus;
  /** A decision recorded but not released yet; null when there is none. */
  pendingDecision: ApplicationDecision | null;
}

export interface TransitionContext {
  now: Date;
  /** The fair's withdrawal deadline (inclusive); null when the fair sets none. */
  withdrawalDeadline: Date | null;
}

const DECISION_OF: Partial<Record<ApplicationEvent, ApplicationDecision>> = {
  approve: 'approved',
  reject: 'rejected',
  waitlist: 'waitlisted',
};

export class ApplicationTransitionError extends Error {
  readonly code = 'application_transition';

  constructor(
    readonly state: ApplicationState,
    readonly event: ApplicationEvent,
    readonly reason: string,
  ) {
    const pending = state.pendingDecision ? ` (${state.pendingDecision}, not released)` : '';
    super(`Cannot ${event} an application that is ${state.status}${pending}: ${reason}`);
    this.name = 'ApplicationTransitionError';
  }
}

/** The next state, or why the event is not allowed. */
function next(
  state: ApplicationState,
  event: ApplicationEvent,
  ctx: TransitionContext,
): ApplicationState | string {
  const { status, pendingDecision } = state;
  const decision = DECISION_OF[event];
  if (decision) {
    if (status !== 'submitted' && status !== 'waitlisted') {
      return status === 'approved' || status === 'rejected'
        ? `a released ${status} decision is final`
        : 'only a submitted or waitlisted application can be decided';
    }
    if (decision === (pendingDecision ?? status)) return `it is already ${decision}`;
    // Deciding what the producer was already told simply withdraws the staged change.
    return { status, pendingDecision: decision === status ? null : decision };
  }
  switch (event) {
    case 'submit':
      return status === 'draft'
        ? { status: 'submitted', pendingDecision: null }
        : 'it is not a draft';
    case 'release':
      return pendingDecision
        ? { status: pendingDecision, pendingDecision: null }
        : 'there is no decision to release';
    case 'withdraw':
      if (!['draft', 'submitted', 'approved', 'waitlisted'].includes(status)) {
        return `a ${status} application cannot be withdrawn`;
      }
      if (
        status === 'approved' &&
        ctx.withdrawalDeadline &&
        ctx.now.getTime() > ctx.withdrawalDeadline.getTime()
      ) {
        return `the withdrawal deadline passed at ${ctx.withdrawalDeadline.toISOString()}`;
      }
      return { status: 'withdrawn', pendingDecision: null };
  }
  return `unknown event "${event}"`;
}

export function canApplyApplicationEvent(
  state: ApplicationState,
  event: ApplicationEvent,
  ctx: TransitionContext,
): boolean {
  return typeof next(state, event, ctx) !== 'string';
}

/** Applies an event, or throws ApplicationTransitionError saying why it is not allowed. */
export function applyApplicationEvent(
  state: ApplicationState,
  event: ApplicationEvent,
  ctx: TransitionContext,
): ApplicationState {
  const result = next(state, event, ctx);
  if (typeof result === 'string') throw new ApplicationTransitionError(state, event, result);
  return result;
}

export function allowedApplicationEvents(
  state: ApplicationState,
  ctx: TransitionContext,
): ApplicationEvent[] {
  return APPLICATION_EVENTS.filter((event) => canApplyApplicationEvent(state, event, ctx));
}

/** What the organiser works with: the staged decision when there is one (e.g. for allocation). */
export function organiserStatus(state: ApplicationState): ApplicationStatus {
  return state.pendingDecision ?? state.status;
}
