export * from './exhibitors.module';
export * from './producers/producer.entity';
export * from './producers/producers.service';
export { ProducerDisclosures } from './producers/disclosures/producer-disclosures.service';
export { ProductsService } from './products/products.service';
export { CraftVillagesService } from './villages/craft-villages.service';
export * from './catalogue/catalogue.service';
export * from './catalogue/catalogue.types';
export { PHOTO_STORAGE } from './products/photos/photo-storage';
export type { PhotoStorage } from './products/photos/photo-storage';
export { CatalogueIndexRepository } from './public-catalogue/catalogue-index.repository';
export { ProductSearchRepository } from './public-catalogue/product-search.repository';
export type { ProductSearchResult } from './public-catalogue/product-search.repository';
export { PublicProductsRepository } from './public-catalogue/public-products.repository';
export { PublicProducersRepository } from './public-catalogue/public-producers.repository';
export { CatalogueFiltersRepository } from './public-catalogue/catalogue-filters.repository';
export type * from './public-catalogue/public-catalogue.rows';
export { ProducerSummaryDto } from './producers/dto/producer-view.dto';
export { CraftVillageDto } from './villages/dto/craft-village.dto';
export { ProductDto } from './products/dto/product-view.dto';
export {
  LEGAL_FORMS,
  LEGAL_FORM_LABELS,
  bestValidOcopStars,
  hasValidCheckDigit,
  isOcopValid,
  meetsOcopRequirement,
} from './domain';
export type { LegalForm, OcopRating } from './domain';
export { DocumentRequirements } from './documents/document-requirements.service';
export {
  DOCUMENT_KINDS,
  DOCUMENT_KIND_LABELS,
  REQUIRABLE_DOCUMENT_KINDS,
  documentValidity,
} from './domain';
export type { DocumentKind } from './domain';
export { ReferenceDataService } from './reference/reference-data.service';
export { EXHIBITOR_MAILS } from './mails';
