import type { TicketPayload, TicketVerification } from '@gate-rules/ticket-verification';

/*
 * A ticket code checked on the gate device, without the network: the browser's WebCrypto
 * verifies the fair's Ed25519 signature with the public key kept offline. Same format and
 * the same answers as the server's verifyTicket (libs/invitations domain/ticket-signer).
 */

const SIGNATURE_BYTES = 64;
const FIXED_BYTES = 37; // fair id (16) + ticket id (16) + expiry (uint32) + initials length (1)
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const INITIALS = /^[A-Z0-9]{0,8}$/;

function fromBase64url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function toBase64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function uuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function unpack(body: Uint8Array): TicketPayload | undefined {
  if (body.length < FIXED_BYTES || body.length !== FIXED_BYTES + body[36]) return undefined;
  const initials = String.fromCharCode(...body.subarray(FIXED_BYTES));
  if (!INITIALS.test(initials)) return undefined;
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  return {
    fairId: uuid(body.subarray(0, 16)),
    ticketId: uuid(body.subarray(16, 32)),
    expiresAt: view.getUint32(32),
    initials,
  };
}

/** The fair's public key (raw 32 bytes, base64url) as a WebCrypto key. */
export function importTicketKey(publicKey: string): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    fromBase64url(publicKey) as BufferSource,
    { name: 'Ed25519' },
    false,
    ['verify'],
  );
}

/** Which fair a code claims, read before verification; nothing in it is trusted yet. */
export function claimedFair(code: string, prefix: string): string | undefined {
  if (!code.startsWith(prefix)) return undefined;
  try {
    const bytes = fromBase64url(code.slice(prefix.length));
    return unpack(bytes.subarray(0, bytes.length - SIGNATURE_BYTES))?.fairId;
  } catch {
    return undefined;
  }
}

/** Verifies a scanned code offline: signature first, so a tampered code is never "expired". */
export async function verifyTicketCode(
  code: string,
  key: CryptoKey,
  prefix: string,
  now: Date,
): Promise<TicketVerification> {
  if (!code.startsWith(prefix)) return { valid: false, reason: 'malformed' };
  const encoded = code.slice(prefix.length);
  if (!BASE64URL.test(encoded)) return { valid: false, reason: 'malformed' };
  let bytes: Uint8Array;
  try {
    bytes = fromBase64url(encoded);
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  // Only the canonical encoding: one ticket has exactly one code.
  if (toBase64url(bytes) !== encoded || bytes.length <= SIGNATURE_BYTES) {
    return { valid: false, reason: 'malformed' };
  }
  const body = bytes.subarray(0, bytes.length - SIGNATURE_BYTES);
  const signature = bytes.subarray(bytes.length - SIGNATURE_BYTES);
  const message = new Uint8Array([...new TextEncoder().encode(prefix), ...body]);
  const genuine = await crypto.subtle.verify(
    { name: 'Ed25519' },
    key,
    signature as BufferSource,
    message as BufferSource,
  );
  if (!genuine) return { valid: false, reason: 'bad_signature' };
  const payload = unpack(body);
  if (!payload) return { valid: false, reason: 'malformed' };
  if (Math.floor(now.getTime() / 1000) > payload.expiresAt) {
    return { valid: false, reason: 'expired' };
  }
  return { valid: true, payload };
}
