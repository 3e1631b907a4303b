/*
 * The mail exhibitors sends to producers: the outcome of a document's review.
 * `@hoicho/exhibitors/mails` is pure (no Nest, no I/O): the mail stories render these templates in
 * the browser runner. `EXHIBITOR_MAILS` is registered with notifications by the lib's module.
 */
import { AnyMailTemplate } from '@hoicho/notifications/mails';
import { documentReviewed, DocumentReviewedData } from './document-reviewed.template';

export * from './document-reviewed.template';

declare module '@hoicho/notifications/mails' {
  interface TemplateDataMap {
    'document.reviewed': DocumentReviewedData;
  }
}

export const EXHIBITOR_MAILS: readonly AnyMailTemplate[] = [documentReviewed];
