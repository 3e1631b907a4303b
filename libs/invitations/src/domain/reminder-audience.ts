import type { RsvpStatus } from './rsvp';

export type ReminderAudience =
  'unanswered' | 'not_opened' | 'accepted' | 'accepted_not_checked_in' | 'declined';

/** What an invitation must look like to be in an audience; absent keys do not filter. */
export interface AudienceCriteria {
  rsvp: readonly RsvpStatus[];
  /** Whether the visitor has opened the invitation link (first use of the token). */
  opened?: boolean;
  /** Whether the ticket has been admitted at a gate. */
  checkedIn?: boolean;
}

/**
 * The one definition of each audience, for the service to turn into a WHERE clause and for
 * matchesAudience, so the query and the rule cannot drift apart.
 */
export const REMINDER_AUDIENCES: Readonly<Record<ReminderAudience, AudienceCriteria>> = {
  unanswered: { rsvp: ['pending'] },
  not_opened: { rsvp: ['pending'], opened: false },
  accepted: { rsvp: ['accepted'] },
  // Day-two reminder: said yes, has not come yet.
  accepted_not_checked_in: { rsvp: ['accepted'], checkedIn: false },
  declined: { rsvp: ['declined'] },
};

export interface InvitationFacts {
  rsvp: RsvpStatus;
  openedAt?: Date | null;
  checkedInAt?: Date | null;
}

export function matchesAudience(audience: ReminderAudience, invitation: InvitationFacts): boolean {
  const criteria = REMINDER_AUDIENCES[audience];
  return (
    criteria.rsvp.includes(invitation.rsvp) &&
    (criteria.opened === undefined || criteria.opened === Boolean(invitation.openedAt)) &&
    (criteria.checkedIn === undefined || criteria.checkedIn === Boolean(invitation.checkedInAt))
  );
}
