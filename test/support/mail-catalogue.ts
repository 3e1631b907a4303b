import { ACCOUNT_MAILS } from '@hoicho/accounts/mails';
import { ALLOCATION_MAILS } from '@hoicho/allocation/mails';
import { APPLICATION_MAILS } from '@hoicho/applications/mails';
import { EXHIBITOR_MAILS } from '@hoicho/exhibitors/mails';
import { INVITATION_MAILS } from '@hoicho/invitations/mails';
import {
  AnyMailTemplate,
  MailTemplate,
  MailTemplateRegistry,
  NOTIFICATION_MAILS,
  TemplateName,
  TemplateRenderer,
} from '@hoicho/notifications/mails';
import { PAYMENT_MAILS } from '@hoicho/payments/mails';
import { SHOWCASE_MAILS } from '@hoicho/showcases/mails';

/**
 * Every mail template of every library, as the api and the worker register them, for the tests
 * that go through all of them (rendering, links, phone width). Pure: no Nest, so the browser
 * runner loads it too.
 */
export const ALL_MAILS: readonly AnyMailTemplate[] = [
  ...NOTIFICATION_MAILS,
  ...ACCOUNT_MAILS,
  ...EXHIBITOR_MAILS,
  ...APPLICATION_MAILS,
  ...SHOWCASE_MAILS,
  ...INVITATION_MAILS,
  ...ALLOCATION_MAILS,
  ...PAYMENT_MAILS,
];

/** The templates by name, for a test that starts from one template's preview. */
export const TEMPLATES = Object.fromEntries(ALL_MAILS.map((t) => [t.name, t])) as {
  [N in TemplateName]: MailTemplate<N>;
};

/** A registry holding every template. */
export function allMails(): MailTemplateRegistry {
  const registry = new MailTemplateRegistry();
  registry.register(ALL_MAILS);
  return registry;
}

/** A renderer that knows every template, as the worker's does. */
export function mailRenderer(): TemplateRenderer {
  return new TemplateRenderer(allMails());
}
