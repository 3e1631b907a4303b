import { hash, randomBytes } from 'node:crypto';

/** 32 random bytes (256 bits) as base64url: 43 characters, safe in a URL path or query. */
const TOKEN_BYTES = 32;
/** Unpadded base64url: four characters for every three bytes, rounded up. */
export const INVITATION_TOKEN_LENGTH = Math.ceil((TOKEN_BYTES * 4) / 3);
const TOKEN_SHAPE = new RegExp(`^[A-Za-z0-9_-]{${INVITATION_TOKEN_LENGTH}}$`);

export interface IssuedInvitationToken {
  /** Goes into the invitation link only; never stored. */
  token: string;
  /** SHA-256 of the token (32 bytes): what the database keeps and looks up. */
  hash: Buffer;
}

/** One-shot hashing: a fan-out hashes 100,000 tokens, and this costs half of createHash's. */
export function hashInvitationToken(token: string): Buffer {
  return hash('sha256', token, 'buffer');
}

/** `count` tokens from one draw of the random source (a fan-out issues thousands at once). */
export function generateInvitationTokens(count: number): IssuedInvitationToken[] {
  const bytes = randomBytes(TOKEN_BYTES * count);
  return Array.from({ length: count }, (_, i) => {
    const token = bytes.toString('base64url', i * TOKEN_BYTES, (i + 1) * TOKEN_BYTES);
    return { token, hash: hashInvitationToken(token) };
  });
}

/** Cheap shape check before any lookup, so junk never reaches the database. */
export function isWellFormedInvitationToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}
