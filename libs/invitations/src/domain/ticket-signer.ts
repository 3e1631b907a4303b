import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { packTicketPayload, unpackTicketPayload, type TicketPayload } from './ticket-payload';
import type { TicketVerification } from './ticket-verification';

export type { TicketVerification };

/** Version prefix: a gate can tell formats apart, and it is signed with the body. */
export const TICKET_CODE_PREFIX = 'HC1.';
const SIGNATURE_BYTES = 64;
const KEY_BYTES = 32;
// DER headers of Ed25519 keys (RFC 8410): with them a raw 32-byte key becomes a Node KeyObject.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * A fair's Ed25519 key pair as raw 32-byte keys in base64url. The public key is what a gate
 * device (or WebCrypto's importKey('raw')) needs; the private key stays on the server, and the
 * service keeps it encrypted at rest.
 */
export interface FairKeyPair {
  publicKey: string;
  privateKey: string;
}

function rawKey(encoded: string, kind: string): Buffer {
  const bytes = Buffer.from(encoded, 'base64url');
  if (!BASE64URL.test(encoded) || bytes.length !== KEY_BYTES) {
    throw new Error(`The fair's ${kind} key is not a raw Ed25519 key in base64url`);
  }
  return bytes;
}

export function generateFairKeyPair(): FairKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey
      .export({ format: 'der', type: 'spki' })
      .subarray(SPKI_PREFIX.length)
      .toString('base64url'),
    privateKey: privateKey
      .export({ format: 'der', type: 'pkcs8' })
      .subarray(PKCS8_PREFIX.length)
      .toString('base64url'),
  };
}

function signedMessage(body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(TICKET_CODE_PREFIX, 'ascii'), body]);
}

/** "HC1." + base64url(payload bytes ‖ 64-byte signature): about 145 characters for a QR. */
export function signTicket(payload: TicketPayload, privateKey: string): string {
  const key = createPrivateKey({
    key: Buffer.concat([PKCS8_PREFIX, rawKey(privateKey, 'private')]),
    format: 'der',
    type: 'pkcs8',
  });
  const body = packTicketPayload(payload);
  const signature = sign(null, signedMessage(body), key);
  return TICKET_CODE_PREFIX + Buffer.concat([body, signature]).toString('base64url');
}

/**
 * Verifies a scanned code offline. The signature is checked before the payload is trusted, so
 * a tampered code is `bad_signature`, never `expired`. A ticket is valid up to and including
 * its expiry second.
 */
export function verifyTicket(code: string, publicKey: string, now: Date): TicketVerification {
  const key = createPublicKey({
    key: Buffer.concat([SPKI_PREFIX, rawKey(publicKey, 'public')]),
    format: 'der',
    type: 'spki',
  });
  if (!code.startsWith(TICKET_CODE_PREFIX)) return { valid: false, reason: 'malformed' };
  const encoded = code.slice(TICKET_CODE_PREFIX.length);
  const bytes = Buffer.from(encoded, 'base64url');
  // Only the canonical encoding is accepted, so one ticket has exactly one code.
  if (!BASE64URL.test(encoded) || bytes.toString('base64url') !== encoded) {
    return { valid: false, reason: 'malformed' };
  }
  if (bytes.length <= SIGNATURE_BYTES) return { valid: false, reason: 'malformed' };

  const body = bytes.subarray(0, bytes.length - SIGNATURE_BYTES);
  const signature = bytes.subarray(bytes.length - SIGNATURE_BYTES);
  if (!verify(null, signedMessage(body), key, signature)) {
    return { valid: false, reason: 'bad_signature' };
  }
  const payload = unpackTicketPayload(body);
  if (!payload) return { valid: false, reason: 'malformed' };
  if (Math.floor(now.getTime() / 1000) > payload.expiresAt) {
    return { valid: false, reason: 'expired' };
  }
  return { valid: true, payload };
}
