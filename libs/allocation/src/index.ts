export * from './engine';
export * from './allocation.module';
export * from './allocation-worker.module';
export { CatalogueExhibitorsSource } from './read-models/catalogue-exhibitors.source';
export { OfferRoundService } from './waitlist/offer-round.service';
export { ALLOCATION_MAILS } from './mails';
