/**
 * Fair domain rules: pure functions, no Nest, no I/O.
 *
 * Errors:
 * - an illegal status change throws FairTransitionError (`code` "fair_transition", `from`, `to`);
 * - a bad booth plan (import, grid, merge, assertValidPlan) throws PlanValidationError
 *   (`code` "plan_invalid") carrying every PlanIssue `{ line?, booth?, field, code, params?, message }`;
 *   validatePlan returns the same issues as a list instead of throwing.
 * Plan imports are all or nothing: a caller stores the plan only when parsing succeeded.
 */
export * from './fair-status';
export * from './plan.types';
export * from './plan-validation.error';
export * from './plan-issue-codes';
export { isBoothCode, validatePlan, assertValidPlan } from './plan-validator';
export type { PlanValidationOptions } from './plan-validator';
export * from './plan-grid.generator';
export { PLAN_COLUMNS } from './plan-row.reader';
export * from './plan-import.parser';
export * from './plan-svg.renderer';
