/*
 * The mails allocation sends to producers: their booths, their place on the waiting list, a waiting-list offer.
 * `@hoicho/allocation/mails` is pure (no Nest, no I/O): the mail stories render these templates in
 * the browser runner. `ALLOCATION_MAILS` is registered with notifications by the lib's module.
 */
import { AnyMailTemplate } from '@hoicho/notifications/mails';
import { allocationBooths, AllocationBoothsData } from './allocation-booths.template';
import {
  allocationWaitlistOffer,
  AllocationWaitlistOfferData,
} from './allocation-waitlist-offer.template';
import { allocationWaitlisted, AllocationWaitlistedData } from './allocation-waitlisted.template';

export * from './allocation-booths.template';
export * from './allocation-waitlist-offer.template';
export * from './allocation-waitlisted.template';

declare module '@hoicho/notifications/mails' {
  interface TemplateDataMap {
    'allocation.booths': AllocationBoothsData;
    'allocation.waitlisted': AllocationWaitlistedData;
    'allocation.waitlist-offer': AllocationWaitlistOfferData;
  }
}

export const ALLOCATION_MAILS: readonly AnyMailTemplate[] = [
  allocationBooths,
  allocationWaitlisted,
  allocationWaitlistOffer,
];
