import { MailTemplate } from '../mail-template';
import { TemplateName } from '../template-data.map';
import { accountResetPassword } from './account-reset-password.template';
import { accountVerifyEmail } from './account-verify-email.template';
import { accountWelcomeStaff } from './account-welcome-staff.template';
import { campaignGeneric } from './campaign-generic.template';

/** Every email the platform can send. */
export const TEMPLATES: { [N in TemplateName]: MailTemplate<N> } = {
  'account.verify-email': accountVerifyEmail,
  'account.reset-password': accountResetPassword,
  'account.welcome-staff': accountWelcomeStaff,
  'campaign.generic': campaignGeneric,
};
