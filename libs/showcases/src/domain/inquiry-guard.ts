import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Bot protection for the public buyer-inquiry form without a third-party service: the page
 * embeds a signed token stating when the form was served, and a hidden "honeypot" field.
 * Scripts that post at once, replay an old token or fill every field are turned away.
 */
export interface InquiryGuardOptions {
  /** A person needs at least this long to read the form and type an inquiry. */
  minAgeSeconds: number;
  /** After this the page is stale (and a harvested token useless). */
  maxAgeMinutes: number;
}

export const DEFAULT_INQUIRY_GUARD: InquiryGuardOptions = { minAgeSeconds: 3, maxAgeMinutes: 120 };

export type InquiryRejection = 'honeypot' | 'malformed' | 'bad_signature' | 'too_fast' | 'expired';

/**
 * `nonce` is unique per served form: the service may remember it (for maxAgeMinutes) to
 * refuse a second submission with the same token.
 */
export type InquiryCheck = { ok: true; nonce: string } | { ok: false; reason: InquiryRejection };

const TOKEN = /^(\d{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

function mac(secret: string, issuedAt: string, nonce: string): string {
  if (secret.length < 32) throw new Error('The inquiry form secret must be at least 32 characters');
  return createHmac('sha256', secret).update(`${issuedAt}.${nonce}`).digest('base64url');
}

/** "issued-at seconds . 16-byte nonce . HMAC-SHA256", all URL-safe, for a hidden form field. */
export function issueFormToken(secret: string, now: Date): string {
  const issuedAt = String(Math.floor(now.getTime() / 1000));
  const nonce = randomBytes(16).toString('base64url');
  return `${issuedAt}.${nonce}.${mac(secret, issuedAt, nonce)}`;
}

export function checkInquirySubmission(
  submission: { token?: string; honeypot?: string },
  secret: string,
  now: Date,
  options: InquiryGuardOptions = DEFAULT_INQUIRY_GUARD,
): InquiryCheck {
  // Checked first: it is the cheapest signal and needs no secret.
  if (submission.honeypot && submission.honeypot.trim() !== '') {
    return { ok: false, reason: 'honeypot' };
  }
  const parts = TOKEN.exec(submission.token ?? '');
  if (!parts) return { ok: false, reason: 'malformed' };
  const [, issuedAt, nonce, signature] = parts;
  const expected = Buffer.from(mac(secret, issuedAt, nonce));
  const given = Buffer.from(signature);
  if (!timingSafeEqual(expected, given)) return { ok: false, reason: 'bad_signature' };

  const age = Math.floor(now.getTime() / 1000) - Number(issuedAt);
  // A token from the future (clock skew between servers) counts as too fresh, not as forged.
  if (age < options.minAgeSeconds) return { ok: false, reason: 'too_fast' };
  if (age > options.maxAgeMinutes * 60) return { ok: false, reason: 'expired' };
  return { ok: true, nonce };
}
