/*
 * The mails invitations sends to visitors: the invitation letter (and its reminders) and the ticket.
 * `@hoicho/invitations/mails` is pure (no Nest, no I/O): the mail stories render these templates in
 * the browser runner. `INVITATION_MAILS` is registered with notifications by the lib's module.
 */
import { AnyMailTemplate } from '@hoicho/notifications/mails';
import { InvitationLetterData, invitationLetter } from './invitation-letter.template';
import { invitationTicket } from './invitation-ticket.template';

export * from './invitation-letter.template';
export * from './invitation-ticket.template';

declare module '@hoicho/notifications/mails' {
  interface TemplateDataMap {
    'invitation.letter': InvitationLetterData;
    'invitation.ticket': InvitationLetterData;
  }
}

export const INVITATION_MAILS: readonly AnyMailTemplate[] = [invitationLetter, invitationTicket];
