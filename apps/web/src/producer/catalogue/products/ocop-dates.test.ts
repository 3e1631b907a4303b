import { describe, expect, it } from 'vitest';
import { addMonths, EMPTY_PRODUCT, ocopDatesProblem, productInput } from './product-form';

const rated = { ...EMPTY_PRODUCT, ocopStars: '4' };

describe('OCOP issue date on the product form', () => {
  it('adds months as the API does, a missing day falling back to the month’s last', () => {
    expect(addMonths('2024-07-01', 36)).toBe('2027-07-01');
    expect(addMonths('2024-02-29', 36)).toBe('2027-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });

  it('accepts an expiry up to 36 months after the issue, and no issue date at all', () => {
    const issued = { ...rated, ocopIssuedOn: '2024-07-01' };
    expect(ocopDatesProblem({ ...issued, ocopExpiresOn: '2027-07-01' })).toBeNull();
    expect(ocopDatesProblem({ ...issued, ocopExpiresOn: '2024-07-01' })).toBeNull();
    expect(ocopDatesProblem({ ...rated, ocopExpiresOn: '2035-01-01' })).toBeNull();
  });

  it('refuses an expiry past 36 months or before the issue, with the API’s codes', () => {
    const issued = { ...rated, ocopIssuedOn: '2024-07-01' };
    expect(ocopDatesProblem({ ...issued, ocopExpiresOn: '2027-07-02' })).toEqual({
      code: 'ocop_validity',
      latest: '2027-07-01',
    });
    expect(ocopDatesProblem({ ...issued, ocopExpiresOn: '2024-06-30' })?.code).toBe(
      'ocop_expiry_order',
    );
  });

  it('sends the issue date, or null when cleared', () => {
    const values = { ...rated, ocopExpiresOn: '2027-06-30', ocopIssuedOn: '2024-07-01' };
    expect(productInput(values).ocop).toEqual({
      stars: 4,
      expiresOn: '2027-06-30',
      issuedOn: '2024-07-01',
    });
    expect(productInput({ ...values, ocopIssuedOn: '' }).ocop?.issuedOn).toBeNull();
  });
});
