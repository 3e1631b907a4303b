/*
 * The mail payments sends to producers: the reminder of an amount still due.
 * `@hoicho/payments/mails` is pure (no Nest, no I/O): the mail stories render these templates in
 * the browser runner. `PAYMENT_MAILS` is registered with notifications by the lib's module.
 */
import { AnyMailTemplate } from '@hoicho/notifications/mails';
import { paymentReminder, PaymentReminderData } from './payment-reminder.template';

export * from './payment-reminder.template';

declare module '@hoicho/notifications/mails' {
  interface TemplateDataMap {
    'payment.reminder': PaymentReminderData;
  }
}

export const PAYMENT_MAILS: readonly AnyMailTemplate[] = [paymentReminder];
