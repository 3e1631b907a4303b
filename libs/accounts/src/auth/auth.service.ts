import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { appLinks, OutboxService } from '@hoicho/notifications';
import {
  APP_CONFIG,
  AppConfig,
  AppError,
  MailQuota,
  TransactionRunner,
  Tx,
} from '@hoicho/platform';
import { assertStrongPassword } from '../passwords/password-policy';
import { SessionsService } from '../sessions/sessions.service';
import { AuthTokenRepository } from '../tokens/auth-token.repository';
import { hashPassword, verifyPassword } from '../users/password-hasher';
import { User } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { UsersService } from '../users/users.service';

const VERIFY_TTL_HOURS = 48;
const RESET_TTL_MINUTES = 60;
// Compared against when the email is unknown, so a miss costs as long as a wrong password.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword('decoy password'));

const invalidCredentials = () =>
  new AppError(
    'unauthenticated',
    'invalid_credentials',
    'Email or password is wrong. If you have just signed up, confirm your address first with the link we emailed you',
  );
const invalidToken = () =>
  new AppError('validation', 'token_invalid', 'This link is invalid, used or expired', [
    { field: 'token', message: 'is invalid, used or expired' },
  ]);

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersService,
    private readonly userRows: UserRepository,
    private readonly sessions: SessionsService,
    private readonly tokens: AuthTokenRepository,
    private readonly outbox: OutboxService,
    private readonly transactions: TransactionRunner,
    private readonly quota: MailQuota,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * An unconfirmed account answers exactly as a wrong password does, so the answer never tells
   * whether a guessed password is right; with the right password its owner gets a fresh link.
   */
  async login(email: string, password: string, userAgent?: string) {
    const user = await this.users.findWithPassword(email);
    const matches = await verifyPassword(password, user?.passwordHash ?? (await decoy()));
    if (!user || !matches || user.disabledAt) throw invalidCredentials();
    if (!user.emailVerifiedAt) {
      this.afterAnswer('verification mail', () => this.resendVerification(user));
      throw invalidCredentials();
    }
    return this.sessions.create(user.id, userAgent);
  }

  /** Whether anonymous forms may still mail this address today (counts one mail). */
  async mayMail(email: string): Promise<boolean> {
    return (await this.quota.take('address', email)) === 0;
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

  /** Sign-up with a taken address: its owner is told, and the caller answers as for a new one. */
  async sendSignUpAttempt(tx: Tx, user: User): Promise<void> {
    await this.outbox.record(tx, {
      template: 'account.sign-up-attempt',
      to: user.email,
      locale: user.locale,
      data: {
        fullName: user.fullName,
        signInUrl: `${this.config.publicUrl}/signin`,
        forgotUrl: `${this.config.publicUrl}/forgot-password`,
      },
      dedupeKey: `sign-up-attempt:${user.id}:${randomUUID()}`,
    });
  }

  /**
   * Confirms the address. A link used before whose address is confirmed answers "already
   * verified", not an error: a mail scanner may have opened and submitted it first, and the
   * person who clicks it next must not be told it failed.
   */
  async verifyEmail(token: string): Promise<'verified' | 'already_verified'> {
    return this.transactions.run(async ({ manager }) => {
      const userId = await this.tokens.consume(manager, token, 'verify_email');
      if (userId) {
        await this.userRows.markEmailVerified(manager, userId);
        return 'verified';
      }
      const owner = await this.tokens.ownerOf(manager, token, 'verify_email');
      const user = owner ? await this.users.findById(owner) : null;
      if (user?.emailVerifiedAt) return 'already_verified';
      throw invalidToken();
    });
  }

  /**
   * Always answers the same way and in the same time, so it tells nobody whether an address
   * has an account: both paths read the user and count the address's mail quota, and the
   * token and mail are written after the answer.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.findWithPassword(email);
    const mayMail = await this.mayMail(email);
    if (!user || user.disabledAt || !mayMail) return;
    this.afterAnswer('password reset mail', () =>
      this.transactions.run((tx) => this.sendPasswordReset(tx, user, 'account.reset-password')),
    );
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

  /**
   * Sets the new password, ends every other emailed link and signs every device out; reaching
   * the link also proves the email. A weak password leaves the link usable for another try.
   */
  async resetPassword(token: string, password: string): Promise<void> {
    await this.transactions.run(async ({ manager }) => {
      const userId = await this.tokens.consume(manager, token, 'reset_password');
      if (!userId) throw invalidToken();
      const user = await manager.getRepository(User).findOneByOrFail({ id: userId });
      assertStrongPassword(password, [user.email, user.fullName], user.locale);
      await this.userRows.setPassword(manager, userId, await hashPassword(password));
      await this.tokens.endAll(manager, userId);
      await this.sessions.revokeAll(userId, manager);
    });
  }

  private async resendVerification(user: User): Promise<void> {
    if (!(await this.mayMail(user.email))) return;
    await this.transactions.run((tx) => this.sendVerification(tx, user));
  }

  /** Work whose duration must not show in the answer's timing; a failure is logged. */
  private afterAnswer(what: string, work: () => Promise<unknown>): void {
    setImmediate(() => {
      work().catch((error: Error) => this.logger.error(`${what} failed: ${error.message}`));
    });
  }
}
