import type { Product, ProductInput } from './products-api';

/** The product form: '' where the API holds null; numbers as typed. */
export interface ProductValues extends Record<string, unknown> {
  nameVi: string;
  nameEn: string;
  category: string;
  materials: string[];
  dimensionsText: string;
  priceMin: number | '';
  priceMax: number | '';
  minOrderQuantity: number | '';
  /** '' for no OCOP rating, else '1'…'5'. */
  ocopStars: string;
  /** YYYY-MM-DD, as a date input gives it. */
  ocopExpiresOn: string;
  sampleAvailable: boolean;
  published: boolean;
}

export const EMPTY_PRODUCT: ProductValues = {
  nameVi: '',
  nameEn: '',
  category: '',
  materials: [],
  dimensionsText: '',
  priceMin: '',
  priceMax: '',
  minOrderQuantity: '',
  ocopStars: '',
  ocopExpiresOn: '',
  sampleAvailable: false,
  published: false,
};

export function productValues(product: Product): ProductValues {
  return {
    nameVi: product.nameVi,
    nameEn: product.nameEn ?? '',
    category: product.category,
    materials: product.materials,
    dimensionsText: product.dimensionsText ?? '',
    priceMin: product.priceMin === null ? '' : Number(product.priceMin),
    priceMax: product.priceMax === null ? '' : Number(product.priceMax),
    minOrderQuantity: product.minOrderQuantity ?? '',
    ocopStars: product.ocop ? String(product.ocop.stars) : '',
    ocopExpiresOn: product.ocop?.expiresOn ?? '',
    sampleAvailable: product.sampleAvailable,
    published: product.published,
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** One request's body, for create and for update alike (cleared fields go as null). */
export function productInput(values: ProductValues): ProductInput {
  return {
    nameVi: values.nameVi.trim(),
    nameEn: orNull(values.nameEn),
    category: values.category.trim(),
    materials: values.materials.map((m) => m.trim()).filter(Boolean),
    dimensionsText: orNull(values.dimensionsText),
    // Money travels as a digit string of whole đồng (no minor unit).
    priceMin: values.priceMin === '' ? null : String(values.priceMin),
    priceMax: values.priceMax === '' ? null : String(values.priceMax),
    minOrderQuantity: values.minOrderQuantity === '' ? null : values.minOrderQuantity,
    ocop: values.ocopStars
      ? { stars: Number(values.ocopStars), expiresOn: values.ocopExpiresOn }
      : null,
    sampleAvailable: values.sampleAvailable,
    published: values.published,
  };
}

/** The API's rule, checked before sending: the highest price is at least the lowest. */
export const priceRangeOk = (values: ProductValues): boolean =>
  values.priceMin === '' || values.priceMax === '' || values.priceMax >= values.priceMin;
