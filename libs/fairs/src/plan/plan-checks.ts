import { BoothPlan, PlanIssue, PlanValidationError, validatePlan } from '../domain';
import { planInvalid } from '../fairs.errors';

/** Large expos reach a few thousand booths; more than this is a mistake in a file or a grid. */
export const MAX_BOOTHS_PER_FAIR = 5000;

/** Runs domain plan code, turning its PlanValidationError into the API's 400 plan_invalid. */
export function planStep<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof PlanValidationError) throw planInvalid(error.issues);
    throw error;
  }
}

/** Refuses a plan with any issue, or with more booths than a fair can hold. */
export function assertPlanStorable(plan: BoothPlan): void {
  const issues: PlanIssue[] = validatePlan(plan);
  if (plan.booths.length > MAX_BOOTHS_PER_FAIR) {
    issues.push({
      field: 'booths',
      code: 'too_many_booths',
      params: { max: MAX_BOOTHS_PER_FAIR, count: plan.booths.length },
      message: `a plan holds at most ${MAX_BOOTHS_PER_FAIR} booths; this one would have ${plan.booths.length}`,
    });
  }
  if (issues.length > 0) throw planInvalid(issues);
}
