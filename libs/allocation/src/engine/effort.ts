/**
 * A deterministic work budget: the engine counts block evaluations instead of watching the
 * clock, so the same instance always gets the same search and the same result.
 */
export class Effort {
  used = 0;

  constructor(readonly budget: number) {}

  get exhausted(): boolean {
    return this.used >= this.budget;
  }

  get left(): number {
    return Math.max(0, this.budget - this.used);
  }
}
