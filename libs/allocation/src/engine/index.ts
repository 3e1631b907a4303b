/**
 * The booth allocation engine (contract: ALLOCATION.md). Pure and deterministic: no I/O, no
 * clock except for stats.millis, no randomness but a fixed-seed generator.
 *
 * allocate(instance) → AllocationResult runs:
 *  1. validate-instance.ts  checks the instance (InvalidInstanceError names the culprit);
 *  2. model.ts              turns it into integer indices and typed arrays;
 *  3. construct.ts          greedy: pinned first, then by weight, size and difficulty, each on
 *                           its best free connected block (placement-search.ts, blocks from
 *                           connected-blocks.ts, tie-break by criticality.ts);
 *  4. improve.ts            local search per priority level: insert, relocate, ejection chains
 *                           (moves.ts) and near-group regrouping (group-move.ts);
 *  5. exact-solver.ts       for small fairs, branch and bound from the local optimum, within a
 *                           work limit: the result is then proven optimal;
 *  6. perturb.ts            otherwise ruin-and-recreate within the remaining effort budget;
 *  7. explain.ts            why each request got its booths, or none; score.ts scores it.
 * Work is counted in blocks looked at (effort.ts), so the same instance always gets the same
 * search and the same result.
 */
export { allocate, type AllocateOptions } from './allocate';
export { InvalidInstanceError, type InvalidInstanceCode } from './invalid-instance.error';
export { validateInstance } from './validate-instance';
export { scoreAssignments, scorePlacements, placementValue, blocksTouch } from './score';
export { buildModel, type Model } from './model';
export { solveExact, type ExactOptions, type ExactSolution } from './exact-solver';
export { DEFAULT_WEIGHTS } from './weights';
export type * from './instance.types';
export * from './reason-codes';
