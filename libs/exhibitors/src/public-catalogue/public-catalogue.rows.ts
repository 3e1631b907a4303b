/**
 * What the public catalogue of a fair may show of producers and products: public columns only,
 * and only what producers published. Money is whole đồng, dates are "YYYY-MM-DD".
 */
export interface PublicProductRow {
  id: string;
  nameVi: string;
  nameEn: string | null;
  category: string;
  materials: string[];
  dimensionsText: string | null;
  priceMin: number | null;
  priceMax: number | null;
  minOrderQuantity: number | null;
  /** Only while the OCOP certificate is valid on the day asked about; null otherwise. */
  ocopStars: number | null;
  ocopExpiresOn: string | null;
  /** The cover (the first photo in the producer's order), if any. */
  photoId: string | null;
  producerId: string;
  producerNameVi: string;
  producerNameEn: string | null;
  villageId: string | null;
  villageName: string | null;
  craftCode: string | null;
  craftVi: string | null;
  craftEn: string | null;
}

export interface PublicProducerRow {
  id: string;
  nameVi: string;
  nameEn: string | null;
  villageId: string | null;
  villageName: string | null;
  craftCode: string | null;
  craftVi: string | null;
  craftEn: string | null;
  /** Its published products. */
  productCount: number;
}

export interface PublicPhotoRow {
  id: string;
  caption: string | null;
}

/** Where a photo's bytes are, and whose product it shows. */
export interface PublicPhotoFile {
  storageKey: string;
  contentType: string;
  producerId: string;
}

export type CatalogueLang = 'vi' | 'en';

/** A page in a name order: Vietnamese, or English where there is an English name. */
export interface CataloguePage {
  lang: CatalogueLang;
  limit: number;
  offset: number;
}

/** The words and filters of a product search (the page aside). */
export interface ProductSearchFilters {
  /** Only products of these producers: the fair's exhibitors. */
  producerIds: readonly string[];
  /** Every word must appear in the product's or its producer's words (diacritics ignored). */
  q?: string;
  villageIds?: readonly string[];
  craftCodes?: readonly string[];
  material?: string;
  /** At least this many stars, with a certificate valid on `today`. */
  ocopStars?: number;
  /** Whole đồng as digit strings: the price range reaches `priceMin` and starts below `priceMax`. */
  priceMin?: string;
  priceMax?: string;
  /** Hà Nội calendar day: OCOP certificates valid through it count. */
  today: string;
}

/** The words and filters of the exhibitor directory (the page aside). */
export interface ProducerSearchFilters {
  /** Only these producers: the fair's exhibitors. */
  producerIds: readonly string[];
  q?: string;
  villageIds?: readonly string[];
  craftCodes?: readonly string[];
}
