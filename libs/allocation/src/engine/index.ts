export { allocate, type AllocateOptions } from './allocate';
export { InvalidInstanceError, type InvalidInstanceCode } from './invalid-instance.error';
export { validateInstance } from './validate-instance';
export { scoreAssignments, scorePlacements, placementValue, blocksTouch } from './score';
export { buildModel, type Model } from './model';
export { solveExact, type ExactOptions, type ExactSolution } from './exact-solver';
export { DEFAULT_WEIGHTS } from './weights';
export type * from './instance.types';
