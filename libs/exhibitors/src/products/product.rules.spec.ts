import { AppError } from '@hoicho/platform';
import { applyProductChange, ProductValues } from './product.rules';

const base = { nameVi: 'Giỏ mây', category: 'Giỏ' };

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a validation error');
}

describe('applyProductChange', () => {
  it('fills defaults on create and keeps what an update does not send', () => {
    const created = applyProductChange(undefined, { ...base, priceMin: '100000' });
    expect(created).toMatchObject({ nameVi: 'Giỏ mây', materials: [], priceMin: '100000' });
    const updated = applyProductChange(created, { priceMax: '200000', nameEn: 'Basket' });
    expect(updated).toMatchObject({ nameVi: 'Giỏ mây', priceMin: '100000', priceMax: '200000' });
  });

  it('refuses a range whose minimum is above its maximum, also across updates', () => {
    const created: ProductValues = applyProductChange(undefined, { ...base, priceMax: '90000' });
    const error = failure(() => applyProductChange(created, { priceMin: '100000' }));
    expect(error.fields).toEqual([
      { field: 'priceMax', message: 'must be at least priceMin', rule: 'price_range' },
    ]);
    // compared as integers, not as strings ("9" > "10" as text)
    expect(applyProductChange(undefined, { ...base, priceMin: '9', priceMax: '10' }).priceMax).toBe(
      '10',
    );
  });

  it('stores an OCOP rating, clears it with null, and names bad parts', () => {
    const rated = applyProductChange(undefined, {
      ...base,
      ocop: { stars: 4, expiresOn: '2027-06-30' },
    });
    expect([rated.ocopStars, rated.ocopExpiresOn]).toEqual([4, '2027-06-30']);
    expect(applyProductChange(rated, { ocop: null }).ocopStars).toBeNull();
    const error = failure(() =>
      applyProductChange(undefined, { ...base, ocop: { stars: 6, expiresOn: '2027-06-30' } }),
    );
    expect(error.fields[0].field).toBe('ocop.stars');
  });

  it('keeps the issue date a rating is sent without, and refuses expiry past 36 months', () => {
    const issued = applyProductChange(undefined, {
      ...base,
      ocop: { stars: 4, issuedOn: '2024-07-01', expiresOn: '2027-06-30' },
    });
    expect(issued.ocopIssuedOn).toBe('2024-07-01');
    const renewed = applyProductChange(issued, { ocop: { stars: 5, expiresOn: '2027-07-01' } });
    expect([renewed.ocopStars, renewed.ocopIssuedOn]).toEqual([5, '2024-07-01']);
    const error = failure(() =>
      applyProductChange(issued, { ocop: { stars: 4, expiresOn: '2027-07-02' } }),
    );
    expect(error.fields.map((f) => f.field)).toEqual(['ocop.expiresOn']);
    expect(applyProductChange(issued, { ocop: null }).ocopIssuedOn).toBeNull();
  });

  it('drops repeated materials', () => {
    expect(
      applyProductChange(undefined, { ...base, materials: ['mây', 'tre', 'mây'] }).materials,
    ).toEqual(['mây', 'tre']);
  });
});
