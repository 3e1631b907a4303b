import { LegalForm, OcopRating } from '../domain';

/** What other areas (applications, allocation, showcases) need to know about a producer. */
export interface CatalogueProducer {
  id: string;
  legalNameVi: string;
  legalNameEn: string | null;
  legalForm: LegalForm | null;
  taxCode: string | null;
  provinceCode: string | null;
  communeCode: string | null;
  craftCategory: string | null;
  craftVillage: {
    id: string;
    name: string;
    craftCategory: string;
    recognised: boolean;
  } | null;
  published: boolean;
  /** The OCOP ratings of its products (expired ones included; the reader decides). */
  ocopRatings: OcopRating[];
}

export interface CatalogueProduct {
  id: string;
  producerId: string;
  nameVi: string;
  nameEn: string | null;
  category: string;
  ocop: OcopRating | null;
  sampleAvailable: boolean;
  published: boolean;
}
