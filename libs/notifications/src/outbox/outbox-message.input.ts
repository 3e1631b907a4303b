import { TemplateDataMap, TemplateName } from '../mails/template-data.map';
import { Locale } from './message-status';

interface MessageBase<N extends TemplateName> {
  template: N;
  to: string;
  locale: Locale;
  /** Unique per message ever: the same key twice records one message. */
  dedupeKey: string;
  organisingBodyId?: string | null;
  campaignId?: string | null;
  sendAfter?: Date | null;
}

/**
 * What domain code records; the template decides whether the mail is bulk. Either the whole
 * `data`, or what many messages of one recording say alike as `shared` (the same object for
 * each: stored once) and each message's own fields as `data`; the worker renders the union.
 */
export type OutboxMessageInput<N extends TemplateName = TemplateName> = MessageBase<N> &
  (
    | { data: TemplateDataMap[N]; shared?: undefined }
    | { data: Partial<TemplateDataMap[N]>; shared: Partial<TemplateDataMap[N]> }
  );

/** The whole template data of a message (its shared part and its own fields together). */
export function messageData<N extends TemplateName>(
  message: OutboxMessageInput<N>,
): TemplateDataMap[N] {
  return (
    message.shared ? { ...message.shared, ...message.data } : message.data
  ) as TemplateDataMap[N];
}
