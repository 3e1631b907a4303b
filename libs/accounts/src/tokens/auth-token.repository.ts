import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { hashSecretToken, newSecretToken } from './secret-token';

export type TokenPurpose = 'verify_email' | 'reset_password';

/** The auth_tokens table: one-time tokens for email verification and password reset. */
@Injectable()
export class AuthTokenRepository {
  /** A new token ends the user's older ones of the same purpose: only the latest link works. */
  async issue(
    manager: EntityManager,
    userId: string,
    purpose: TokenPurpose,
    ttlMinutes: number,
  ): Promise<string> {
    const { token, hash } = newSecretToken();
    await manager.query(
      'UPDATE auth_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL',
      [userId, purpose],
    );
    await manager.query(
      `INSERT INTO auth_tokens (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, now() + $4 * interval '1 minute')`,
      [userId, purpose, hash, ttlMinutes],
    );
    return token;
  }

  /** Marks the token used and returns its user, once; expired, used or unknown tokens give undefined. */
  async consume(
    manager: EntityManager,
    token: string,
    purpose: TokenPurpose,
  ): Promise<string | undefined> {
    const [rows] = await manager.query(
      `UPDATE auth_tokens SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [hashSecretToken(token), purpose],
    );
    return (rows as { user_id: string }[])[0]?.user_id;
  }

  /** The user a token was issued to, used or not, while it has not expired. */
  async ownerOf(
    manager: EntityManager,
    token: string,
    purpose: TokenPurpose,
  ): Promise<string | undefined> {
    const rows: { user_id: string }[] = await manager.query(
      'SELECT user_id FROM auth_tokens WHERE token_hash = $1 AND purpose = $2 AND expires_at > now()',
      [hashSecretToken(token), purpose],
    );
    return rows[0]?.user_id;
  }

  /** Ends every unused token of the user, whatever its purpose (a password was just reset). */
  async endAll(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      'UPDATE auth_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL',
      [userId],
    );
  }
}
