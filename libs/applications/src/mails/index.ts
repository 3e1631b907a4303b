/*
 * The mails applications sends to producers: the receipt of an application and the decision on it.
 * `@hoicho/applications/mails` is pure (no Nest, no I/O): the mail stories render these templates in
 * the browser runner. `APPLICATION_MAILS` is registered with notifications by the lib's module.
 */
import { AnyMailTemplate } from '@hoicho/notifications/mails';
import { applicationDecision, ApplicationDecisionData } from './application-decision.template';
import { applicationReceived, ApplicationReceivedData } from './application-received.template';

export * from './application-decision.template';
export * from './application-received.template';

declare module '@hoicho/notifications/mails' {
  interface TemplateDataMap {
    'application.received': ApplicationReceivedData;
    'application.decision': ApplicationDecisionData;
  }
}

export const APPLICATION_MAILS: readonly AnyMailTemplate[] = [
  applicationReceived,
  applicationDecision,
];
