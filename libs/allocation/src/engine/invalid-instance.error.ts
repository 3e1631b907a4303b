/**
 * The instance breaks the contract. `message` is one line a person can act on; `booth` or
 * `request` names the culprit when there is one, and `code` is stable for callers and tests.
 */
export type InvalidInstanceCode =
  | 'not-an-object'
  | 'bad-booth'
  | 'bad-request'
  | 'bad-weights'
  | 'duplicate-booth'
  | 'duplicate-request'
  | 'unknown-neighbour'
  | 'self-neighbour'
  | 'asymmetric-neighbours'
  | 'bad-size'
  | 'bad-priority'
  | 'bad-types'
  | 'bad-zones'
  | 'unknown-near'
  | 'self-near'
  | 'bad-pinned'
  | 'unknown-pinned-booth'
  | 'pinned-size-mismatch'
  | 'pinned-conflict';

export class InvalidInstanceError extends Error {
  override readonly name = 'InvalidInstanceError';

  constructor(
    readonly code: InvalidInstanceCode,
    message: string,
    readonly ref: { booth?: string; request?: string } = {},
  ) {
    super(message);
  }

  get booth(): string | undefined {
    return this.ref.booth;
  }

  get request(): string | undefined {
    return this.ref.request;
  }
}
