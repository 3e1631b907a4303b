import { FieldIssues } from '../common/field-errors';
import { validateOcopRating } from '../domain';
import { CreateProductDto, UpdateProductDto } from './dto/product-input.dto';
import { Product } from './product.entity';

export type ProductValues = Omit<Product, 'id' | 'producerId' | 'createdAt' | 'updatedAt'>;

const EMPTY: ProductValues = {
  nameVi: '',
  nameEn: null,
  category: '',
  materials: [],
  dimensionsText: null,
  widthCm: null,
  depthCm: null,
  heightCm: null,
  priceMin: null,
  priceMax: null,
  minOrderQuantity: null,
  ocopStars: null,
  ocopExpiresOn: null,
  ocopIssuedOn: null,
  sampleAvailable: false,
  published: false,
};

/**
 * The product a create or update leads to, checked as a whole: the price range against the
 * values it ends up with, the OCOP rating with the domain's rule. Throws a 400 naming every
 * bad field; pure, so the service decides when to write.
 */
export function applyProductChange(
  current: ProductValues | undefined,
  dto: CreateProductDto | UpdateProductDto,
): ProductValues {
  const issues = new FieldIssues();
  const next: ProductValues = { ...(current ?? EMPTY) };
  const { ocop, ...plain } = dto;
  for (const [key, value] of Object.entries(plain)) {
    if (value !== undefined) (next as unknown as Record<string, unknown>)[key] = value;
  }
  next.materials = [...new Set(next.materials)];
  if (ocop === null) {
    next.ocopStars = null;
    next.ocopExpiresOn = null;
    next.ocopIssuedOn = null;
  } else if (ocop !== undefined) {
    // A rating sent without its issue date (the web form has none) keeps the one stored.
    const issuedOn = ocop.issuedOn === undefined ? next.ocopIssuedOn : ocop.issuedOn;
    const rating = issues.take(validateOcopRating({ ...ocop, issuedOn }), 'ocop.');
    next.ocopStars = rating?.stars ?? null;
    next.ocopExpiresOn = rating?.expiresOn ?? null;
    next.ocopIssuedOn = rating?.issuedOn ?? null;
  }
  if (next.priceMin !== null && next.priceMax !== null) {
    if (BigInt(next.priceMin) > BigInt(next.priceMax))
      issues.add('priceMax', 'must be at least priceMin', 'price_range');
  }
  issues.throwIfAny();
  return next;
}
