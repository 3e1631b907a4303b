export * from './showcases.module';
export { CatalogueSearchService } from './catalogue/catalogue-search.service';
export { CatalogueCache, CATALOGUE_CACHE_OPTIONS } from './catalogue/catalogue-cache';
export type { CatalogueCacheOptions } from './catalogue/catalogue-cache';
export { FAIR_EXHIBITOR_SOURCE } from './catalogue/fair-exhibitor-source';
export type { FairExhibitor, FairExhibitorSource } from './catalogue/fair-exhibitor-source';
export * from './domain';
export { UnreturnedTotalsReader } from './samples/unreturned-totals.reader';
export type { UnreturnedTotalsRow } from './samples/unreturned-totals.reader';
