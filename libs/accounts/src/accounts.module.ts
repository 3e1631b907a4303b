import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MailTemplatesModule, NotificationsModule } from '@hoicho/notifications';
import { APP_CONFIG, AppConfig } from '@hoicho/platform';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { BrowserSessionController } from './auth/browser/browser-session.controller';
import { SessionGuard } from './auth/session.guard';
import { BankAccountRepository } from './bank-accounts/bank-account.repository';
import { BankAccountsController } from './bank-accounts/bank-accounts.controller';
import { BankAccountsService } from './bank-accounts/bank-accounts.service';
import { OrganisingBodiesController } from './bodies/organising-bodies.controller';
import { OrganisingBodiesService } from './bodies/organising-bodies.service';
import { UserRepository } from './users/user.repository';
import { SessionRepository } from './sessions/session.repository';
import { SessionsService } from './sessions/sessions.service';
import { AuthTokenRepository } from './tokens/auth-token.repository';
import { setPasswordHashCost } from './users/password-hasher';
import { UsersService } from './users/users.service';
import { ACCOUNT_MAILS } from './mails';

/** Organising bodies, users, sessions, sign-in and password reset; the global session guard. */
@Module({
  imports: [NotificationsModule, MailTemplatesModule.register(ACCOUNT_MAILS)],
  controllers: [
    AuthController,
    BrowserSessionController,
    OrganisingBodiesController,
    BankAccountsController,
  ],
  providers: [
    AuthService,
    SessionsService,
    SessionRepository,
    AuthTokenRepository,
    UsersService,
    UserRepository,
    OrganisingBodiesService,
    BankAccountRepository,
    BankAccountsService,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [
    AuthService,
    UsersService,
    SessionsService,
    OrganisingBodiesService,
    BankAccountsService,
  ],
})
export class AccountsModule implements OnModuleInit {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onModuleInit(): void {
    setPasswordHashCost(this.config.auth.passwordHashCost);
  }
}
