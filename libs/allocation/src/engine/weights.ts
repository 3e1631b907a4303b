import type { Weights } from './instance.types';

/** The contract's default weights; an instance may override any of them. */
export const DEFAULT_WEIGHTS: Readonly<Weights> = Object.freeze({
  priorityBase: 10,
  base: 10,
  zone: Object.freeze([3, 2, 1]) as unknown as number[],
  corner: 2,
  near: 5,
});
