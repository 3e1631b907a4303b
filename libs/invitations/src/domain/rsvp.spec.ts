import { answerRsvp, type RsvpPolicy, type RsvpState } from './rsvp';

const policy: RsvpPolicy = {
  maxGuests: 2,
  fairStartsAt: new Date('2025-10-10T01:00:00Z'),
  fairEndsAt: new Date('2025-10-12T10:00:00Z'),
};
const before = new Date('2025-10-01T00:00:00Z');
const during = new Date('2025-10-11T03:00:00Z');
const after = new Date('2025-10-13T00:00:00Z');
const pending: RsvpState = { status: 'pending', guests: 0 };
const accepted: RsvpState = { status: 'accepted', guests: 1, answeredAt: before };
const declined: RsvpState = { status: 'declined', guests: 0, answeredAt: before };

describe('answerRsvp', () => {
  it('accepts with guests and issues a ticket', () => {
    expect(answerRsvp(pending, { kind: 'accept', guests: 2 }, policy, before)).toEqual({
      ok: true,
      state: { status: 'accepted', guests: 2, answeredAt: before },
      changed: true,
      ticket: 'issue',
    });
  });

  it.each([-1, 3, 1.5, Number.NaN])('refuses %p guests', (guests) => {
    expect(answerRsvp(pending, { kind: 'accept', guests }, policy, before)).toEqual({
      ok: false,
      reason: 'guests_out_of_range',
    });
  });

  it('revokes the ticket when an acceptance becomes a refusal', () => {
    expect(answerRsvp(accepted, { kind: 'decline' }, policy, before)).toMatchObject({
      state: { status: 'declined', guests: 0 },
      ticket: 'revoke',
    });
  });

  it('keeps the ticket when only the number of guests changes', () => {
    expect(answerRsvp(accepted, { kind: 'accept', guests: 2 }, policy, before)).toMatchObject({
      state: { status: 'accepted', guests: 2 },
      changed: true,
      ticket: 'keep',
    });
  });

  it('issues a ticket when a refusal becomes an acceptance', () => {
    expect(answerRsvp(declined, { kind: 'accept', guests: 0 }, policy, before)).toMatchObject({
      ticket: 'issue',
    });
    expect(answerRsvp(pending, { kind: 'decline' }, policy, before)).toMatchObject({
      ticket: 'none',
    });
  });

  it('treats the same answer again as no change, even after the fair started', () => {
    expect(answerRsvp(accepted, { kind: 'accept', guests: 1 }, policy, during)).toEqual({
      ok: true,
      state: accepted,
      changed: false,
      ticket: 'keep',
    });
  });

  it('allows changes until the fair starts and first answers until it ends', () => {
    expect(answerRsvp(accepted, { kind: 'decline' }, policy, policy.fairStartsAt)).toEqual({
      ok: false,
      reason: 'change_closed',
    });
    expect(answerRsvp(pending, { kind: 'accept', guests: 0 }, policy, during)).toMatchObject({
      ok: true,
      ticket: 'issue',
    });
    expect(answerRsvp(pending, { kind: 'accept', guests: 0 }, policy, after)).toEqual({
      ok: false,
      reason: 'answers_closed',
    });
  });
});
