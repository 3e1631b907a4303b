/*
 * The mails accounts sends (sign-up, password, staff welcome) and the payment block that every letter asking for money shows.
 * `@hoicho/accounts/mails` is pure (no Nest, no I/O): the mail stories render these templates in
 * the browser runner. `ACCOUNT_MAILS` is registered with notifications by the lib's module.
 */
import { AnyMailTemplate } from '@hoicho/notifications/mails';
import { accountResetPassword } from './account-reset-password.template';
import { accountSignUpAttempt } from './account-sign-up-attempt.template';
import { accountVerifyEmail } from './account-verify-email.template';
import { accountWelcomeStaff } from './account-welcome-staff.template';

export * from './account-reset-password.template';
export * from './account-sign-up-attempt.template';
export * from './account-verify-email.template';
export * from './account-welcome-staff.template';
export * from './payment-block';

declare module '@hoicho/notifications/mails' {
  interface TemplateDataMap {
    'account.verify-email': { fullName: string; verifyUrl: string; expiresInHours: number };
    'account.reset-password': { fullName: string; resetUrl: string; expiresInMinutes: number };
    'account.sign-up-attempt': { fullName: string; signInUrl: string; forgotUrl: string };
    'account.welcome-staff': { fullName: string; bodyName: string; role: string; resetUrl: string };
  }
}

export const ACCOUNT_MAILS: readonly AnyMailTemplate[] = [
  accountVerifyEmail,
  accountResetPassword,
  accountSignUpAttempt,
  accountWelcomeStaff,
];
