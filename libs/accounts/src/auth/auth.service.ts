import { Inject, Injectable } from '@nestjs/common';
import { appLinks, OutboxService } from '@hoicho/notifications';
import { APP_CONFIG, AppConfig, AppError, TransactionRunner, Tx } from '@hoicho/platform';
import { SessionsService } from '../sessions/sessions.service';
import { AuthTokensService } from '../tokens/auth-tokens.service';
import { hashPassword, verifyPassword } from '../users/password-hasher';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';

const VERIFY_TTL_HOURS = 48;
const RESET_TTL_MINUTES = 60;
// Compared against when the email is unknown, so a miss costs as long as a wrong password.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword('decoy password'));

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly tokens: AuthTokensService,
    private readonly outbox: OutboxService,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string, userAgent?: string) {
    const user = await this.users.findWithPassword(email);
    const matches = await verifyPassword(password, user?.passwordHash ?? (await decoy()));
    if (!user || !matches || user.disabledAt) {
      throw new AppError('unauthenticated', 'invalid_credentials', 'Email or password is wrong');
    }
    if (!user.emailVerifiedAt) {
      throw new AppError(
        'forbidden',
        'email_not_verified',
        'Confirm your email address first: follow the link we sent you',
      );
    }
    return this.sessions.create(user.id, userAgent);
  }

  /** Records the verification email in the caller's transaction (sign-up). */
  async sendVerification(tx: Tx, user: User): Promise<void> {
    const token = await this.tokens.issue(
      tx.manager,
      user.id,
      'verify_email',
      VERIFY_TTL_HOURS * 60,
    );
    await this.outbox.record(tx, {
      template: 'account.verify-email',
      to: user.email,
      locale: user.locale,
      data: {
        fullName: user.fullName,
        verifyUrl: appLinks.verifyEmail(this.config.publicUrl, token),
        expiresInHours: VERIFY_TTL_HOURS,
      },
      dedupeKey: `verify-email:${user.id}:${token.slice(0, 16)}`,
    });
  }

  async verifyEmail(token: string): Promise<void> {
    await this.transactions.run(async ({ manager }) => {
      const userId = await this.tokens.consume(manager, token, 'verify_email');
      if (!userId)
        throw new AppError('validation', 'token_invalid', 'This link is invalid, used or expired', [
          { field: 'token', message: 'is invalid, used or expired' },
        ]);
      await manager.query(
        'UPDATE users SET email_verified_at = COALESCE(email_verified_at, now()), updated_at = now() WHERE id = $1',
        [userId],
      );
    });
  }

  /** Always answers the same way, so it tells nobody whether an address has an account. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.findWithPassword(email);
    if (!user || user.disabledAt) return;
    await this.transactions.run((tx) => this.sendPasswordReset(tx, user, 'account.reset-password'));
  }

  async sendPasswordReset(tx: Tx, user: User, template: 'account.reset-password'): Promise<void> {
    const token = await this.tokens.issue(tx.manager, user.id, 'reset_password', RESET_TTL_MINUTES);
    await this.outbox.record(tx, {
      template,
      to: user.email,
      locale: user.locale,
      data: {
        fullName: user.fullName,
        resetUrl: this.resetUrl(token),
        expiresInMinutes: RESET_TTL_MINUTES,
      },
      dedupeKey: `reset-password:${user.id}:${token.slice(0, 16)}`,
    });
  }

  resetUrl(token: string): string {
    return appLinks.resetPassword(this.config.publicUrl, token);
  }

  /** Sets the new password and signs every device out; reaching the link also proves the email. */
  async resetPassword(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.transactions.run(async ({ manager }) => {
      const userId = await this.tokens.consume(manager, token, 'reset_password');
      if (!userId)
        throw new AppError('validation', 'token_invalid', 'This link is invalid, used or expired', [
          { field: 'token', message: 'is invalid, used or expired' },
        ]);
      await manager.query(
        'UPDATE users SET password_hash = $2, email_verified_at = COALESCE(email_verified_at, now()), updated_at = now() WHERE id = $1',
        [userId, passwordHash],
      );
      await this.sessions.revokeAll(userId, manager);
    });
  }
}
