import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AuthUser, Role } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { hashSecretToken, newSecretToken } from '../tokens/secret-token';
import { Session } from './session.entity';

export const TOKEN_PREFIX = 'hc_';

@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    userId: string,
    userAgent: string | undefined,
  ): Promise<{ token: string; expiresAt: Date }> {
    const { token, hash } = newSecretToken();
    const [row] = await this.dataSource.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at, user_agent)
       VALUES ($1, $2, now() + $3 * interval '1 hour', $4) RETURNING expires_at`,
      [userId, hash, this.config.auth.sessionTtlHours, userAgent?.slice(0, 300) ?? null],
    );
    return { token: TOKEN_PREFIX + token, expiresAt: row.expires_at };
  }

  /** The caller behind a bearer token, if the session is live and the account usable. */
  async authenticate(bearer: string): Promise<AuthUser | undefined> {
    if (!bearer.startsWith(TOKEN_PREFIX)) return undefined;
    const rows: {
      session_id: string;
      id: string;
      email: string;
      role: Role;
      locale: 'vi' | 'en';
      organising_body_id: string | null;
      producer_id: string | null;
    }[] = await this.dataSource.query(
      `SELECT s.id AS session_id, u.id, u.email, u.role, u.locale, u.organising_body_id, u.producer_id
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [hashSecretToken(bearer.slice(TOKEN_PREFIX.length))],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: row.id,
      email: row.email,
      role: row.role,
      locale: row.locale,
      organisingBodyId: row.organising_body_id,
      producerId: row.producer_id,
      sessionId: row.session_id,
    };
  }

  listActive(userId: string): Promise<Session[]> {
    return this.dataSource
      .getRepository(Session)
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > now()', { userId })
      .orderBy('s.created_at', 'DESC')
      .getMany();
  }

  /** Revokes one of the user's own sessions; false when it is not theirs or already gone. */
  async revoke(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.dataSource.query(
      'UPDATE sessions SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL',
      [sessionId, userId],
    );
    return result[1] > 0;
  }

  async revokeAll(userId: string, manager = this.dataSource.manager): Promise<void> {
    await manager.query(
      'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
      [userId],
    );
  }
}
