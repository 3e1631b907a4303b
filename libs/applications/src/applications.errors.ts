import { AppError, FieldIssue } from '@hoicho/platform';
import { ApplicationTransitionError, allowedApplicationEvents, TransitionContext } from './domain';

/*
 * The applications area's error codes:
 * - application_transition (409): the application's state does not allow the step; details
 *   carry status, pendingDecision, event and the events that are allowed.
 * - application_not_editable (409): only a draft can be changed.
 * - application_exists (409): the producer already has a live application to this fair.
 * - applications_closed (409): the fair is not open for applications, or its window is over.
 * - fair_not_reviewing (409): decisions, releases and payments need a fair past its draft and
 *   not closed or cancelled.
 * - application_invalid (400): a wish names something the fair does not have (zone, booth
 *   type, programme), a product outside the producer's catalogue, an unknown producer; the
 *   fields name each one (e.g. `boothTypes.1`).
 * - overpayment (422): a payment beyond the amount due; not_payable (409): only a released
 *   approval is paid.
 * - budget_conflict (409): a grant could not be taken although the budget was locked (never
 *   expected; the transaction is rolled back).
 */

export function transitionRefused(
  error: ApplicationTransitionError,
  ctx: TransitionContext,
  applicationId?: string,
): AppError {
  return new AppError(
    'conflict',
    error.code,
    error.message,
    [{ field: 'status', message: error.reason }],
    {
      ...(applicationId ? { applicationId } : {}),
      status: error.state.status,
      pendingDecision: error.state.pendingDecision,
      event: error.event,
      allowed: allowedApplicationEvents(error.state, ctx),
    },
  );
}

export function notEditable(status: string): AppError {
  return new AppError(
    'conflict',
    'application_not_editable',
    `Only a draft application can be changed; this one is ${status}`,
    [{ field: 'status', message: `is ${status}` }],
  );
}

export function applicationExists(existingId: string): AppError {
  return new AppError(
    'conflict',
    'application_exists',
    'The producer already has an application to this fair; change or withdraw that one',
    [{ field: 'fairId', message: 'already applied to' }],
    { applicationId: existingId },
  );
}

export function applicationsClosed(message: string): AppError {
  return new AppError('conflict', 'applications_closed', message, [{ field: 'fairId', message }]);
}

export function fairNotReviewing(status: string): AppError {
  return new AppError(
    'conflict',
    'fair_not_reviewing',
    `Applications to a ${status} fair cannot be decided, released or paid`,
    [{ field: 'status', message: `fair is ${status}` }],
  );
}

export function applicationInvalid(fields: FieldIssue[]): AppError {
  return new AppError(
    'validation',
    'application_invalid',
    `The application names what it cannot: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`,
    fields,
  );
}

export function notPayable(status: string): AppError {
  return new AppError(
    'conflict',
    'not_payable',
    `Only a released approval is paid; this application is ${status}`,
    [{ field: 'status', message: `is ${status}` }],
  );
}

export function overpayment(outstanding: bigint): AppError {
  return new AppError(
    'unprocessable',
    'overpayment',
    `The payment is more than the ${outstanding} đồng still due`,
    [{ field: 'amount', message: `must be at most ${outstanding}` }],
  );
}

export function budgetConflict(): AppError {
  return new AppError(
    'conflict',
    'budget_conflict',
    'The support budget changed during the approval; try again',
  );
}

/** Some of the named applications are not the fair's submitted ones. */
export function applicationsNotFound(missing: string[]): AppError {
  return new AppError(
    'not_found',
    'not_found',
    `Application not found: ${missing.join(', ')}`,
    [],
    { missing },
  );
}
