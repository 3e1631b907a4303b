import { addAreaCatalogue } from '@web/i18n/i18n';
import { producerDocuments } from '@web/i18n/vi/producer-documents';

// The documents' strings, shared by the producer's screen and the organisers' review desk;
// a module runs once, so whichever area loads first registers them.
declare module '@web/i18n/i18n' {
  interface AreaCatalogues {
    producerDocuments: typeof producerDocuments;
  }
}
addAreaCatalogue({ producerDocuments }, async () => ({
  producerDocuments: (await import('@web/i18n/en/producer-documents')).producerDocuments,
}));
