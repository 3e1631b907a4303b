import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe; the database keeps only the SHA-256. */
export function newSecretToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
