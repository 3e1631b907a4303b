import { vietnamDateOf, isCalendarDate } from '@hoicho/platform/domain';
import {
  addMonths,
  bestValidOcopStars,
  isOcopValid,
  meetsOcopRequirement,
  validateOcopRating,
} from './ocop';

describe('OCOP ratings', () => {
  const fourStars = { stars: 4, expiresOn: '2026-05-10' };
  const threeStarsExpired = { stars: 3, expiresOn: '2024-01-31' };

  it('is valid up to and including its expiry day', () => {
    expect(isOcopValid(fourStars, '2026-05-10')).toBe(true);
    expect(isOcopValid(fourStars, '2026-05-11')).toBe(false);
  });

  it('counts only unexpired ratings towards the best star count', () => {
    expect(bestValidOcopStars([threeStarsExpired, fourStars], '2025-10-01')).toBe(4);
    expect(bestValidOcopStars([threeStarsExpired], '2025-10-01')).toBe(0);
    expect(bestValidOcopStars([], '2025-10-01')).toBe(0);
  });

  it('checks "at least N stars and unexpired"', () => {
    expect(meetsOcopRequirement([fourStars], 3, '2025-10-01')).toBe(true);
    expect(meetsOcopRequirement([fourStars], 5, '2025-10-01')).toBe(false);
    expect(meetsOcopRequirement([{ stars: 5, expiresOn: '2025-09-30' }], 3, '2025-10-01')).toBe(
      false,
    );
  });

  it('validates stars and the expiry date', () => {
    expect(validateOcopRating({ stars: 3, expiresOn: '2027-02-28' })).toEqual({
      ok: true,
      value: { stars: 3, expiresOn: '2027-02-28', issuedOn: null },
    });
    expect(validateOcopRating({ stars: 6, expiresOn: '2027-02-28' })).toMatchObject({
      field: 'stars',
    });
    expect(validateOcopRating({ stars: 2.5, expiresOn: '2027-02-28' })).toMatchObject({
      field: 'stars',
    });
    expect(validateOcopRating({ stars: 3, expiresOn: '2027-02-30' })).toMatchObject({
      field: 'expiresOn',
    });
  });
});

describe('calendar dates', () => {
  it('takes the date in Việt Nam, UTC+7', () => {
    expect(vietnamDateOf(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(vietnamDateOf(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });

  it('accepts only real ISO dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('01/07/2025')).toBe(false);
  });
});

describe('OCOP certificate validity (36 months from issue)', () => {
  it('adds months as PostgreSQL does, clamping to the last day of a short month', () => {
    expect(addMonths('2024-07-01', 36)).toBe('2027-07-01');
    expect(addMonths('2024-02-29', 36)).toBe('2027-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
  });

  it('accepts an expiry up to 36 months after the issue date, and no issue date at all', () => {
    expect(
      validateOcopRating({ stars: 4, issuedOn: '2024-07-01', expiresOn: '2027-07-01' }),
    ).toEqual({ ok: true, value: { stars: 4, issuedOn: '2024-07-01', expiresOn: '2027-07-01' } });
    expect(validateOcopRating({ stars: 3, expiresOn: '2031-01-01' })).toEqual({
      ok: true,
      value: { stars: 3, issuedOn: null, expiresOn: '2031-01-01' },
    });
    expect(validateOcopRating({ stars: 3, issuedOn: null, expiresOn: '2031-01-01' })).toMatchObject(
      { ok: true },
    );
  });

  it.each([
    ['2024-07-01', '2027-07-02', 'expiresOn', 'ocop_validity'],
    ['2024-02-29', '2027-03-01', 'expiresOn', 'ocop_validity'],
    ['2024-07-01', '2024-06-30', 'expiresOn', 'ocop_expiry_order'],
    ['01/07/2024', '2027-07-01', 'issuedOn', 'date_invalid'],
    ['2024-02-30', '2027-02-28', 'issuedOn', 'date_invalid'],
  ])('issued %s, expiring %s: refused on %s (%s)', (issuedOn, expiresOn, field, code) => {
    expect(validateOcopRating({ stars: 4, issuedOn, expiresOn })).toMatchObject({
      ok: false,
      field,
      code,
    });
  });
});
