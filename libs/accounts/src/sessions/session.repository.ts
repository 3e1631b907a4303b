import { Injectable } from '@nestjs/common';
import { Role } from '@hoicho/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Session } from './session.entity';

/** A live session with the account behind it. */
export interface LiveSessionRow {
  session_id: string;
  id: string;
  email: string;
  role: Role;
  locale: 'vi' | 'en';
  organising_body_id: string | null;
  producer_id: string | null;
}

/** The sessions table: signed-in devices, found by the hash of their bearer token. */
@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns when the new session expires. */
  async insert(
    userId: string,
    tokenHash: Buffer,
    ttlHours: number,
    userAgent: string | null,
  ): Promise<Date> {
    const [row] = await this.dataSource.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at, user_agent)
       VALUES ($1, $2, now() + $3 * interval '1 hour', $4) RETURNING expires_at`,
      [userId, tokenHash, ttlHours, userAgent],
    );
    return row.expires_at;
  }

  /** The session of that token hash if it is live and its account not disabled. */
  async findLive(tokenHash: Buffer): Promise<LiveSessionRow | undefined> {
    const rows: LiveSessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, u.id, u.email, u.role, u.locale, u.organising_body_id, u.producer_id
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [tokenHash],
    );
    return rows[0];
  }

  listActive(userId: string): Promise<Session[]> {
    return this.dataSource
      .getRepository(Session)
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > now()', { userId })
      .orderBy('s.created_at', 'DESC')
      .getMany();
  }

  /** False when the session is not the user's or already revoked. */
  async revoke(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.dataSource.query(
      'UPDATE sessions SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL',
      [sessionId, userId],
    );
    return result[1] > 0;
  }

  async revokeAll(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
      [userId],
    );
  }
}
