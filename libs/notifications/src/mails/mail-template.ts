import { Locale } from '../outbox/message-status';
import { TemplateDataMap, TemplateName } from './template-data.map';

type PerLocale = Record<Locale, string>;

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer | string;
  /** Set to reference the attachment from the HTML part as cid:… */
  cid?: string;
}

export interface MailAddress {
  name: string;
  address: string;
}

/**
 * One email, in both languages. Parts are Handlebars: `{{value}}` is HTML-escaped in the
 * HTML part, `{{{value}}}` is only for markup the template itself builds.
 */
export interface MailTemplate<N extends TemplateName = TemplateName> {
  name: N;
  /** Bulk mail (invitations, campaigns) carries one-click unsubscribe headers and honours unsubscribes. */
  bulk: boolean;
  subject: PerLocale;
  html: PerLocale;
  text: PerLocale;
  /**
   * Whom the recipient's "Reply" writes to, when not the sender (a buyer's inquiry: the buyer).
   * Taken from the message's data, so it is whatever the sender recorded.
   */
  replyTo?: (data: TemplateDataMap[N]) => MailAddress | null;
  /** Realistic data for previews and for the test that renders every template. */
  preview: TemplateDataMap[N];
  attachments?: (
    data: TemplateDataMap[N],
    locale: Locale,
  ) => Promise<MailAttachment[]> | MailAttachment[];
}

export function defineTemplate<N extends TemplateName>(template: MailTemplate<N>): MailTemplate<N> {
  return template;
}

/** Any one template, whatever its name: what a library registers (its `…_MAILS` list). */
export type AnyMailTemplate = { [N in TemplateName]: MailTemplate<N> }[TemplateName];
