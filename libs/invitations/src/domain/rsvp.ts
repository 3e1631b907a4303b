export type RsvpStatus = 'pending' | 'accepted' | 'declined';

export interface RsvpState {
  status: RsvpStatus;
  /** Guests coming with the invitee; 0 unless accepted. */
  guests: number;
  answeredAt?: Date;
}

export type RsvpAnswer = { kind: 'accept'; guests: number } | { kind: 'decline' };

export interface RsvpPolicy {
  /** Guests a campaign allows per invitation (0 = the invitee alone). */
  maxGuests: number;
  fairStartsAt: Date;
  fairEndsAt: Date;
}

/** What the service does with the invitation's ticket after the answer is stored. */
export type TicketEffect = 'issue' | 'revoke' | 'keep' | 'none';

export type RsvpRejection = 'guests_out_of_range' | 'change_closed' | 'answers_closed';

export type RsvpDecision =
  | { ok: true; state: RsvpState; changed: boolean; ticket: TicketEffect }
  | { ok: false; reason: RsvpRejection };

/**
 * Applies a visitor's answer. A first answer is taken until the fair ends (someone may decide
 * to come on the last day); changing an answer, including the number of guests, only until
 * the fair starts, because the gate lists are final from then. Repeating the current answer is
 * accepted and changes nothing, so a double click is harmless.
 */
export function answerRsvp(
  current: RsvpState,
  answer: RsvpAnswer,
  policy: RsvpPolicy,
  now: Date,
): RsvpDecision {
  const guests = answer.kind === 'accept' ? answer.guests : 0;
  if (!Number.isInteger(guests) || guests < 0 || guests > policy.maxGuests) {
    return { ok: false, reason: 'guests_out_of_range' };
  }
  const status: RsvpStatus = answer.kind === 'accept' ? 'accepted' : 'declined';
  if (status === current.status && guests === current.guests) {
    return {
      ok: true,
      state: current,
      changed: false,
      ticket: ticketEffect(current.status, status),
    };
  }
  if (current.status === 'pending' ? now >= policy.fairEndsAt : now >= policy.fairStartsAt) {
    return { ok: false, reason: current.status === 'pending' ? 'answers_closed' : 'change_closed' };
  }
  return {
    ok: true,
    state: { status, guests, answeredAt: now },
    changed: true,
    ticket: ticketEffect(current.status, status),
  };
}

function ticketEffect(from: RsvpStatus, to: RsvpStatus): TicketEffect {
  if (to === 'accepted') return from === 'accepted' ? 'keep' : 'issue';
  return from === 'accepted' ? 'revoke' : 'none';
}
