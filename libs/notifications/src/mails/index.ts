/*
 * Notifications' second public entry, `@hoicho/notifications/mails`: what a library needs to
 * write and test its mail templates, without Nest or I/O (the mail stories load the templates
 * in the browser runner). Libraries write their templates in their own `mails/` folder and
 * register them with `MailTemplatesModule.register`.
 */
import { campaignGeneric } from './campaign-generic.template';
import { AnyMailTemplate } from './mail-template';

export * from './app-links';
export * from './campaign-generic.template';
export * from './mail-template';
export * from './mail-template-registry';
export * from './template-data.map';
export * from './template-renderer';
export { LOCALES } from '../outbox/message-status';
export type { Locale } from '../outbox/message-status';

/** Notifications' own mail: a free-form message from an organising body. */
export const NOTIFICATION_MAILS: readonly AnyMailTemplate[] = [campaignGeneric];
