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
  /** YYYY-MM-DD or '' when the producer does not give it (older certificates). */
  ocopIssuedOn: string;
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
  ocopIssuedOn: '',
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
    ocopIssuedOn: product.ocop?.issuedOn ?? '',
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
      ? {
          stars: Number(values.ocopStars),
          expiresOn: values.ocopExpiresOn,
          issuedOn: values.ocopIssuedOn || null,
        }
      : null,
    sampleAvailable: values.sampleAvailable,
    published: values.published,
  };
}

/** The API's rule, checked before sending: the highest price is at least the lowest. */
export const priceRangeOk = (values: ProductValues): boolean =>
  values.priceMin === '' || values.priceMax === '' || values.priceMax >= values.priceMin;

/** A certificate is valid for 36 months from its issue (Decision 148/QĐ-TTg), as the API says. */
export const OCOP_VALIDITY_MONTHS = 36;

/** The day `months` later; a day the month lacks falls back to its last day (as the API). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
  target.setUTCDate(Math.min(date, last.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

/**
 * The API's rule for an OCOP certificate with its issue date: the expiry is not before the
 * issue and at most 36 months after it. The reason code is the API's own (`details.reasons`),
 * with the latest allowed expiry for the message.
 */
export function ocopDatesProblem(
  values: Pick<ProductValues, 'ocopStars' | 'ocopExpiresOn' | 'ocopIssuedOn'>,
): { code: 'ocop_expiry_order' | 'ocop_validity'; latest: string } | null {
  const { ocopStars, ocopExpiresOn: expires, ocopIssuedOn: issued } = values;
  if (!ocopStars || !expires || !issued) return null;
  const latest = addMonths(issued, OCOP_VALIDITY_MONTHS);
  if (expires < issued) return { code: 'ocop_expiry_order', latest };
  if (expires > latest) return { code: 'ocop_validity', latest };
  return null;
}
