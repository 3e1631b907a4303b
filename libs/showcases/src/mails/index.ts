/*
 * The mails showcases sends to producers: a sample's invitation and custody steps, and a buyer's inquiry.
 * `@hoicho/showcases/mails` is pure (no Nest, no I/O): the mail stories render these templates in
 * the browser runner. `SHOWCASE_MAILS` is registered with notifications by the lib's module.
 */
import { AnyMailTemplate } from '@hoicho/notifications/mails';
import { inquiryReceived, InquiryReceivedData } from './inquiry-received.template';
import {
  showcaseSampleCancelled,
  ShowcaseSampleCancelledData,
} from './showcase-sample-cancelled.template';
import {
  showcaseSampleInvited,
  ShowcaseSampleInvitedData,
} from './showcase-sample-invited.template';
import {
  showcaseSampleReceived,
  ShowcaseSampleReceivedData,
} from './showcase-sample-received.template';
import {
  showcaseSampleReturned,
  ShowcaseSampleReturnedData,
} from './showcase-sample-returned.template';

export * from './inquiry-received.template';
export * from './showcase-sample-cancelled.template';
export * from './showcase-sample-invited.template';
export * from './showcase-sample-received.template';
export * from './showcase-sample-returned.template';
export * from './showcase-sample.data';

declare module '@hoicho/notifications/mails' {
  interface TemplateDataMap {
    'showcase.sample-invited': ShowcaseSampleInvitedData;
    'showcase.sample-received': ShowcaseSampleReceivedData;
    'showcase.sample-returned': ShowcaseSampleReturnedData;
    'showcase.sample-cancelled': ShowcaseSampleCancelledData;
    'inquiry.received': InquiryReceivedData;
  }
}

export const SHOWCASE_MAILS: readonly AnyMailTemplate[] = [
  showcaseSampleInvited,
  showcaseSampleReceived,
  showcaseSampleReturned,
  showcaseSampleCancelled,
  inquiryReceived,
];
