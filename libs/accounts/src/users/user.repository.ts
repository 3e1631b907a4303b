import { Injectable } from '@nestjs/common';
import { Role } from '@hoicho/platform';
import { EntityManager, QueryFailedError } from 'typeorm';

export interface UserRow {
  email: string;
  passwordHash: string;
  fullName: string;
  role: Role;
  locale: 'vi' | 'en';
  organisingBodyId: string | null;
  producerId: string | null;
  emailVerified: boolean;
}

/** The users table's writes by statement (reads go through the User entity). */
@Injectable()
export class UserRepository {
  /** The new account's id, or null when the email is taken. */
  async insert(manager: EntityManager, user: UserRow): Promise<string | null> {
    try {
      const [row] = await manager.query(
        `INSERT INTO users (email, password_hash, full_name, role, locale, organising_body_id, producer_id, email_verified_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $8 THEN now() END) RETURNING id`,
        [
          user.email,
          user.passwordHash,
          user.fullName,
          user.role,
          user.locale,
          user.organisingBodyId,
          user.producerId,
          user.emailVerified,
        ],
      );
      return row.id;
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'users_email_key'
      )
        return null;
      throw error;
    }
  }

  async markEmailVerified(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      'UPDATE users SET email_verified_at = COALESCE(email_verified_at, now()), updated_at = now() WHERE id = $1',
      [userId],
    );
  }

  /** A new password hash; reaching the emailed link also proves the email. */
  async setPassword(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.query(
      'UPDATE users SET password_hash = $2, email_verified_at = COALESCE(email_verified_at, now()), updated_at = now() WHERE id = $1',
      [userId, passwordHash],
    );
  }
}
