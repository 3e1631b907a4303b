/**
 * The screens and pages that mails link to. Every sender builds its links here and every
 * template's preview uses the same builders, so the test that opens each preview's links as
 * the recipient (test/web/mail-links.pw.ts) opens what people really receive.
 */
const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '');

export const appLinks = {
  verifyEmail: (publicUrl: string, token: string) =>
    `${base(publicUrl)}/account/verify-email?token=${encodeURIComponent(token)}`,
  resetPassword: (publicUrl: string, token: string) =>
    `${base(publicUrl)}/account/reset-password?token=${encodeURIComponent(token)}`,
  /** A fair's call for applications, open to anyone. */
  fairCall: (publicUrl: string, fairId: string) => `${base(publicUrl)}/producer/fairs/${fairId}`,
  application: (publicUrl: string, applicationId: string) =>
    `${base(publicUrl)}/producer/applications/${applicationId}`,
  waitlistOffer: (publicUrl: string, offerId: string) =>
    `${base(publicUrl)}/producer/waitlist-offers/${offerId}`,
  inquiry: (publicUrl: string, inquiryId: string) =>
    `${base(publicUrl)}/producer/inquiries/${inquiryId}`,
  /** The producer's documents screen. */
  documents: (publicUrl: string) => `${base(publicUrl)}/producer/documents`,
  samples: (publicUrl: string) => `${base(publicUrl)}/producer/samples`,
  /** The unsubscribe page of a bulk mail, and its one-click URL (RFC 8058). */
  unsubscribe: (publicUrl: string, token: string, lang: string) =>
    `${base(publicUrl)}/unsubscribe?token=${encodeURIComponent(token)}&lang=${lang}`,
  /** A visitor's invitation page (server-rendered, no account: the token is the key). */
  invitation: (publicUrl: string, token: string) =>
    `${base(publicUrl)}/invitations/${encodeURIComponent(token)}`,
};

/** The address previews use for the platform; the mail-links test swaps in the real one. */
export const PREVIEW_PUBLIC_URL = 'https://hoicho.example';
