import { normaliseAnyPhone, normalisePhone } from './phone.util';

describe('normaliseAnyPhone (visitors: any country, same library as producers)', () => {
  it.each([
    ['0912 345 678', undefined, '+84912345678'],
    ['+84912345678', undefined, '+84912345678'],
    ['0084 912 345 678', undefined, '+84912345678'],
    ['912345678', undefined, '+84912345678'], // a number cell that lost its leading 0
    ['(024) 3825-1234', 'VN', '+842438251234'],
    ['030 1234567', 'DE', '+49301234567'],
    ['+49 30 1234567', 'VN', '+49301234567'],
    ['010-1234-5678', 'KR', '+821012345678'],
    ['821012345678', undefined, '+821012345678'], // a number cell that lost its "+"
    ['84912345678', 'VN', '+84912345678'],
    ['0912 345 678', 'AQ', '+84912345678'], // a region without a numbering plan: Việt Nam
  ])('%s (region %s) → %s', (input, region, e164) => {
    expect(normaliseAnyPhone(input, region)).toMatchObject({ ok: true, value: { e164 } });
  });

  it.each(['0912abc', '0912345abc', 'abc', '0912', '0712 345 678', '+84 912 345 678 ext 1'])(
    'refuses %p',
    (input) => {
      expect(normaliseAnyPhone(input)).toMatchObject({
        ok: false,
        field: 'phone',
        code: 'phone_invalid',
        message: `"${input}" is not a valid phone number`,
      });
    },
  );

  it('says which country a number belongs to', () => {
    expect(normaliseAnyPhone('+49 30 1234567')).toMatchObject({ value: { country: 'DE' } });
  });

  it('refuses letters for producers too', () => {
    expect(normalisePhone('0912345abc')).toMatchObject({ ok: false, code: 'phone_invalid' });
  });
});
