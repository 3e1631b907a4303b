/** Template name → the data its sender must supply. Producers and renderers share it. */
export interface TemplateDataMap {
  'account.verify-email': { fullName: string; verifyUrl: string; expiresInHours: number };
  'account.reset-password': { fullName: string; resetUrl: string; expiresInMinutes: number };
  'account.sign-up-attempt': { fullName: string; signInUrl: string; forgotUrl: string };
  'account.welcome-staff': { fullName: string; bodyName: string; role: string; resetUrl: string };
  /** `message` is plain text (blank lines separate paragraphs); the action button is optional. */
  'campaign.generic': {
    fullName: string;
    bodyName: string;
    subject: string;
    message: string;
    actionUrl: string | null;
    actionLabel: string | null;
  };
  'invitation.letter': import('./catalogue/invitation-letter.template').InvitationLetterData;
  'invitation.ticket': import('./catalogue/invitation-letter.template').InvitationLetterData;
  'application.received': import('./catalogue/application-received.template').ApplicationReceivedData;
  'application.decision': import('./catalogue/application-decision.template').ApplicationDecisionData;
  'allocation.booths': import('./catalogue/allocation-booths.template').AllocationBoothsData;
  'allocation.waitlisted': import('./catalogue/allocation-waitlisted.template').AllocationWaitlistedData;
  'allocation.waitlist-offer': import('./catalogue/allocation-waitlist-offer.template').AllocationWaitlistOfferData;
  'showcase.sample-invited': import('./catalogue/showcase-sample-invited.template').ShowcaseSampleInvitedData;
  'showcase.sample-received': import('./catalogue/showcase-sample-received.template').ShowcaseSampleReceivedData;
  'showcase.sample-returned': import('./catalogue/showcase-sample-returned.template').ShowcaseSampleReturnedData;
  'showcase.sample-cancelled': import('./catalogue/showcase-sample-cancelled.template').ShowcaseSampleCancelledData;
  'inquiry.received': import('./catalogue/inquiry-received.template').InquiryReceivedData;
  'payment.reminder': import('./catalogue/payment-reminder.template').PaymentReminderData;
  'document.reviewed': import('./catalogue/document-reviewed.template').DocumentReviewedData;
}

export type TemplateName = keyof TemplateDataMap;
