import { MailTemplate } from '../mail-template';
import { TemplateName } from '../template-data.map';
import { accountResetPassword } from './account-reset-password.template';
import { accountSignUpAttempt } from './account-sign-up-attempt.template';
import { accountVerifyEmail } from './account-verify-email.template';
import { accountWelcomeStaff } from './account-welcome-staff.template';
import { allocationBooths } from './allocation-booths.template';
import { allocationWaitlistOffer } from './allocation-waitlist-offer.template';
import { allocationWaitlisted } from './allocation-waitlisted.template';
import { applicationDecision } from './application-decision.template';
import { applicationReceived } from './application-received.template';
import { campaignGeneric } from './campaign-generic.template';
import { paymentReminder } from './payment-reminder.template';
import { documentReviewed } from './document-reviewed.template';
import { invitationLetter } from './invitation-letter.template';
import { invitationTicket } from './invitation-ticket.template';
import { inquiryReceived } from './inquiry-received.template';
import { showcaseSampleInvited } from './showcase-sample-invited.template';
import { showcaseSampleCancelled } from './showcase-sample-cancelled.template';
import { showcaseSampleReceived } from './showcase-sample-received.template';
import { showcaseSampleReturned } from './showcase-sample-returned.template';

/** Every email the platform can send. */
export const TEMPLATES: { [N in TemplateName]: MailTemplate<N> } = {
  'account.verify-email': accountVerifyEmail,
  'account.reset-password': accountResetPassword,
  'account.sign-up-attempt': accountSignUpAttempt,
  'account.welcome-staff': accountWelcomeStaff,
  'application.received': applicationReceived,
  'application.decision': applicationDecision,
  'allocation.booths': allocationBooths,
  'allocation.waitlisted': allocationWaitlisted,
  'allocation.waitlist-offer': allocationWaitlistOffer,
  'campaign.generic': campaignGeneric,
  'invitation.letter': invitationLetter,
  'invitation.ticket': invitationTicket,
  'showcase.sample-invited': showcaseSampleInvited,
  'showcase.sample-received': showcaseSampleReceived,
  'showcase.sample-returned': showcaseSampleReturned,
  'showcase.sample-cancelled': showcaseSampleCancelled,
  'inquiry.received': inquiryReceived,
  'payment.reminder': paymentReminder,
  'document.reviewed': documentReviewed,
};
