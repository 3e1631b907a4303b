import { TemplateDataMap, TemplateName } from '../templates/template-data.map';
import { Locale } from './message-status';

/** What domain code records; the template decides whether the mail is bulk. */
export interface OutboxMessageInput<N extends TemplateName = TemplateName> {
  template: N;
  to: string;
  locale: Locale;
  data: TemplateDataMap[N];
  /**
   * Part of `data` that many messages of one recording share (pass the same object to each):
   * stored once, and its keys are not stored again per message. The worker renders the union.
   */
  shared?: Partial<TemplateDataMap[N]>;
  /** Unique per message ever: the same key twice records one message. */
  dedupeKey: string;
  organisingBodyId?: string | null;
  campaignId?: string | null;
  sendAfter?: Date | null;
}
