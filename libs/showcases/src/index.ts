export * from './showcases.module';
export { PublicCatalogueService, PUBLIC_FAIR_STATUSES } from './catalogue/public-catalogue.service';
export { CatalogueCache, CATALOGUE_CACHE_OPTIONS } from './catalogue/catalogue-cache';
export type { CatalogueCacheOptions } from './catalogue/catalogue-cache';
export * from './domain';
