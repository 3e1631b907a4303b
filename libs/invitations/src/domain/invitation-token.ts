import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes (256 bits) as base64url: 43 characters, safe in a URL path or query. */
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface IssuedInvitationToken {
  /** Goes into the invitation link only; never stored. */
  token: string;
  /** SHA-256 hex of the token: what the database keeps and looks up. */
  hash: string;
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function generateInvitationToken(): IssuedInvitationToken {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashInvitationToken(token) };
}

/** Cheap shape check before any lookup, so junk never reaches the database. */
export function isWellFormedInvitationToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

/** Constant-time comparison of two strings (hashes, tokens); false when lengths differ. */
export function constantTimeEquals(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Whether a presented token belongs to a stored hash, without leaking where they differ. */
export function invitationTokenMatches(token: string, storedHash: string): boolean {
  return constantTimeEquals(hashInvitationToken(token), storedHash);
}
