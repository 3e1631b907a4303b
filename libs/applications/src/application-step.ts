import { transitionRefused } from './applications.errors';
import {
  ApplicationEvent,
  ApplicationState,
  ApplicationTransitionError,
  applyApplicationEvent,
  TransitionContext,
} from './domain';

/**
 * The state an application moves to on `event`, as the domain machine says; a step it forbids
 * is the API's 409 application_transition.
 */
export function applyStep(
  app: ApplicationState,
  event: ApplicationEvent,
  ctx: TransitionContext,
  applicationId?: string,
): ApplicationState {
  try {
    return applyApplicationEvent(
      { status: app.status, pendingDecision: app.pendingDecision },
      event,
      ctx,
    );
  } catch (error) {
    if (error instanceof ApplicationTransitionError) {
      throw transitionRefused(error, ctx, applicationId);
    }
    throw error;
  }
}
