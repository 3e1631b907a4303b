import {
  allowedApplicationEvents,
  ApplicationEvent,
  ApplicationState,
  ApplicationTransitionError,
  applyApplicationEvent,
  canApplyApplicationEvent,
  organiserStatus,
} from './application-status';

const deadline = new Date('2025-08-15T16:59:59Z'); // end of 15/08/2025 in Việt Nam
const before = { now: new Date('2025-08-01T03:00:00Z'), withdrawalDeadline: deadline };
const after = { now: new Date('2025-08-20T03:00:00Z'), withdrawalDeadline: deadline };
const run = (state: ApplicationState, ...events: ApplicationEvent[]) =>
  events.reduce((s, event) => applyApplicationEvent(s, event, before), state);
const draft: ApplicationState = { status: 'draft', pendingDecision: null };

describe('application status', () => {
  it('stages a decision until it is released', () => {
    const decided = run(draft, 'submit', 'approve');
    expect(decided).toEqual({ status: 'submitted', pendingDecision: 'approved' });
    expect(organiserStatus(decided)).toBe('approved');
    expect(run(decided, 'release')).toEqual({ status: 'approved', pendingDecision: null });
  });

  it('lets a staged decision change, and undoing it clears the stage', () => {
    expect(run(draft, 'submit', 'approve', 'waitlist')).toEqual({
      status: 'submitted',
      pendingDecision: 'waitlisted',
    });
    const waitlisted = run(draft, 'submit', 'waitlist', 'release');
    expect(run(waitlisted, 'approve')).toEqual({
      status: 'waitlisted',
      pendingDecision: 'approved',
    });
    expect(run(waitlisted, 'approve', 'waitlist')).toEqual(waitlisted);
  });

  it('moves a released waitlisting on when a place frees up or the fair fills', () => {
    const waitlisted = run(draft, 'submit', 'waitlist', 'release');
    expect(run(waitlisted, 'approve', 'release').status).toBe('approved');
    expect(run(waitlisted, 'reject', 'release').status).toBe('rejected');
  });

  it('keeps released approvals and rejections final', () => {
    const approved = run(draft, 'submit', 'approve', 'release');
    expect(() => run(approved, 'waitlist')).toThrow('a released approved decision is final');
    const rejected = run(draft, 'submit', 'reject', 'release');
    expect(allowedApplicationEvents(rejected, before)).toEqual([]);
  });

  it('explains refused events with a typed error', () => {
    let error: unknown;
    try {
      run(draft, 'approve');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApplicationTransitionError);
    expect(error).toMatchObject({ code: 'application_transition', event: 'approve', state: draft });
    expect((error as Error).message).toBe(
      'Cannot approve an application that is draft: only a submitted or waitlisted application can be decided',
    );
    expect(() => run(draft, 'submit', 'approve', 'approve')).toThrow(
      'Cannot approve an application that is submitted (approved, not released): it is already approved',
    );
    expect(() => run(draft, 'release')).toThrow('there is no decision to release');
    expect(() => run(draft, 'submit', 'submit')).toThrow('it is not a draft');
  });

  it('allows withdrawal from draft, submitted, approved and waitlisted', () => {
    for (const state of [
      draft,
      run(draft, 'submit'),
      run(draft, 'submit', 'approve'),
      run(draft, 'submit', 'approve', 'release'),
      run(draft, 'submit', 'waitlist', 'release'),
    ]) {
      expect(applyApplicationEvent(state, 'withdraw', before)).toEqual({
        status: 'withdrawn',
        pendingDecision: null,
      });
    }
    const rejected = run(draft, 'submit', 'reject', 'release');
    expect(canApplyApplicationEvent(rejected, 'withdraw', before)).toBe(false);
    expect(canApplyApplicationEvent(rejected, 'submit', before)).toBe(false);
  });

  it('holds a released approval to the withdrawal deadline, inclusive', () => {
    const approved = run(draft, 'submit', 'approve', 'release');
    expect(canApplyApplicationEvent(approved, 'withdraw', { ...after, now: deadline })).toBe(true);
    expect(() => applyApplicationEvent(approved, 'withdraw', after)).toThrow(
      'the withdrawal deadline passed at 2025-08-15T16:59:59.000Z',
    );
    // Nothing has been committed to the others, and a fair may set no deadline at all.
    expect(canApplyApplicationEvent(run(draft, 'submit', 'approve'), 'withdraw', after)).toBe(true);
    expect(
      canApplyApplicationEvent(run(draft, 'submit', 'waitlist', 'release'), 'withdraw', after),
    ).toBe(true);
    expect(
      canApplyApplicationEvent(approved, 'withdraw', { ...after, withdrawalDeadline: null }),
    ).toBe(true);
  });

  it('lists what can happen next', () => {
    expect(allowedApplicationEvents(draft, before)).toEqual(['submit', 'withdraw']);
    expect(allowedApplicationEvents(run(draft, 'submit'), before)).toEqual([
      'approve',
      'reject',
      'waitlist',
      'withdraw',
    ]);
    expect(allowedApplicationEvents(run(draft, 'submit', 'approve'), before)).toEqual([
      'reject',
      'waitlist',
      'release',
      'withdraw',
    ]);
  });
});
