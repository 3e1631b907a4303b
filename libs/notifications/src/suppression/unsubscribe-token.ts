import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { timingSafeEqual } from 'node:crypto';

const VERSION = 'u2';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const PURPOSE = 'unsubscribe';

/**
 * Links sent before tokens were sealed carried the address in base64 with a MAC. They keep
 * working until this date (a bulk mail's unsubscribe link is used within weeks), then
 * answer as any invalid link does.
 */
export const LEGACY_UNSUBSCRIBE_TOKENS_UNTIL = new Date('2027-03-31T00:00:00Z');

const keys = new Map<string, Buffer>();
function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'hoicho:unsubscribe', PURPOSE, 32));
    keys.set(secret, key);
  }
  return key;
}

/**
 * A link that proves which address asked to unsubscribe, without a login or a stored token:
 * the address sealed with AES-256-GCM under a key derived from APP_SECRET, so the link shows
 * nothing of it and cannot be forged or altered.
 */
export function unsubscribeToken(email: string, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret), iv);
  cipher.setAAD(Buffer.from(PURPOSE));
  const body = Buffer.concat([cipher.update(email.toLowerCase(), 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
}

function openSealed(encoded: string, secret: string): string | undefined {
  const bytes = Buffer.from(encoded, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret), bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(PURPOSE));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** The first form: base64url(address).HMAC; checked, never made any more. */
function openLegacy(address: string, mac: string, secret: string): string | undefined {
  const email = Buffer.from(address, 'base64url').toString('utf8');
  const expected = Buffer.from(
    createHmac('sha256', secret)
      .update(`unsubscribe:${email.toLowerCase()}`)
      .digest('base64url')
      .slice(0, 32),
  );
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? email : undefined;
}

/** The address a token was made for, or undefined if it was not made with our secret. */
export function emailFromUnsubscribeToken(
  token: string,
  secret: string,
  now: Date = new Date(),
): string | undefined {
  const [head, tail, extra] = token.split('.');
  if (!head || !tail || extra !== undefined) return undefined;
  if (head === VERSION) return openSealed(tail, secret);
  return now < LEGACY_UNSUBSCRIBE_TOKENS_UNTIL ? openLegacy(head, tail, secret) : undefined;
}

/** "ng•••@example.vn": enough for its owner to recognise, not the whole address. */
export function maskedEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${email.slice(0, Math.min(2, at))}•••${email.slice(at)}`;
}
