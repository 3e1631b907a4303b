import { describe, expect, it } from 'vitest';
import { EMPTY_PRODUCT, priceRangeOk, productInput, productValues } from './product-form';
import type { Product } from './products-api';

const lamp: Product = {
  id: 'x',
  producerId: 'p',
  nameVi: 'Chao đèn mây',
  nameEn: null,
  category: 'Đèn, chao đèn',
  materials: ['mây', 'tre'],
  dimensionsText: null,
  widthCm: null,
  depthCm: null,
  heightCm: null,
  priceMin: '350000',
  priceMax: '550000',
  minOrderQuantity: 50,
  ocop: { stars: 4, expiresOn: '2027-06-30', issuedOn: null },
  sampleAvailable: true,
  published: false,
  photos: [],
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
};

describe('product form', () => {
  it('round-trips a product through the form unchanged', () => {
    expect(productInput(productValues(lamp))).toEqual({
      nameVi: 'Chao đèn mây',
      nameEn: null,
      category: 'Đèn, chao đèn',
      materials: ['mây', 'tre'],
      dimensionsText: null,
      priceMin: '350000',
      priceMax: '550000',
      minOrderQuantity: 50,
      ocop: { stars: 4, expiresOn: '2027-06-30', issuedOn: null },
      sampleAvailable: true,
      published: false,
    });
  });

  it('clears what was emptied and drops blank materials', () => {
    const input = productInput({
      ...EMPTY_PRODUCT,
      nameVi: ' Bình gốm ',
      category: 'Gốm',
      materials: ['đất sét', ' '],
    });
    expect(input).toMatchObject({
      nameVi: 'Bình gốm',
      materials: ['đất sét'],
      priceMin: null,
      priceMax: null,
      minOrderQuantity: null,
      ocop: null,
    });
  });

  it('accepts a price range only when the highest is at least the lowest', () => {
    expect(priceRangeOk({ ...EMPTY_PRODUCT, priceMin: 500, priceMax: 400 })).toBe(false);
    expect(priceRangeOk({ ...EMPTY_PRODUCT, priceMin: 400, priceMax: 400 })).toBe(true);
    expect(priceRangeOk({ ...EMPTY_PRODUCT, priceMin: 400 })).toBe(true);
  });
});
