import {
  assertFairTransition,
  canFairTransition,
  FAIR_STATUSES,
  FairTransitionError,
  nextFairStatuses,
} from './fair-status';

describe('fair status', () => {
  it('walks the normal life of a fair', () => {
    const path = ['draft', 'open', 'allocating', 'published', 'running', 'closed'] as const;
    for (let i = 1; i < path.length; i++) {
      expect(canFairTransition(path[i - 1], path[i])).toBe(true);
    }
  });

  it('can be cancelled from every state before running, and not after', () => {
    for (const from of ['draft', 'open', 'allocating', 'published'] as const) {
      expect(canFairTransition(from, 'cancelled')).toBe(true);
    }
    for (const from of ['running', 'closed', 'cancelled'] as const) {
      expect(canFairTransition(from, 'cancelled')).toBe(false);
    }
  });

  it('does not skip steps, go back or leave a final state', () => {
    expect(canFairTransition('draft', 'published')).toBe(false);
    expect(canFairTransition('published', 'open')).toBe(false);
    expect(canFairTransition('open', 'open')).toBe(false);
    expect(nextFairStatuses('closed')).toEqual([]);
    expect(nextFairStatuses('running')).toEqual(['closed']);
  });

  it('lists the allowed next states for every status', () => {
    for (const status of FAIR_STATUSES) {
      for (const next of nextFairStatuses(status)) expect(FAIR_STATUSES).toContain(next);
    }
  });

  it('throws a typed error that says what is allowed', () => {
    expect(() => assertFairTransition('draft', 'open')).not.toThrow();
    let error: unknown;
    try {
      assertFairTransition('running', 'cancelled');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FairTransitionError);
    expect(error).toMatchObject({ code: 'fair_transition', from: 'running', to: 'cancelled' });
    expect((error as Error).message).toBe(
      'A fair cannot go from "running" to "cancelled"; from "running" it can go to: closed',
    );
    expect(() => assertFairTransition('closed', 'open')).toThrow('"closed" is final');
  });
});
