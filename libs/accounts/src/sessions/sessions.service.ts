import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AuthUser } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { hashSecretToken, newSecretToken } from '../tokens/secret-token';
import { Session } from './session.entity';
import { SessionRepository } from './session.repository';

export const TOKEN_PREFIX = 'hc_';

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    userId: string,
    userAgent: string | undefined,
  ): Promise<{ token: string; expiresAt: Date }> {
    const { token, hash } = newSecretToken();
    const expiresAt = await this.sessions.insert(
      userId,
      hash,
      this.config.auth.sessionTtlHours,
      userAgent?.slice(0, 300) ?? null,
    );
    return { token: TOKEN_PREFIX + token, expiresAt };
  }

  /** The caller behind a bearer token, if the session is live and the account usable. */
  async authenticate(bearer: string): Promise<AuthUser | undefined> {
    if (!bearer.startsWith(TOKEN_PREFIX)) return undefined;
    const row = await this.sessions.findLive(hashSecretToken(bearer.slice(TOKEN_PREFIX.length)));
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
    return this.sessions.listActive(userId);
  }

  /** Revokes one of the user's own sessions; false when it is not theirs or already gone. */
  revoke(userId: string, sessionId: string): Promise<boolean> {
    return this.sessions.revoke(userId, sessionId);
  }

  revokeAll(userId: string, manager = this.dataSource.manager): Promise<void> {
    return this.sessions.revokeAll(manager, userId);
  }
}
