import { normalisePhone } from './phone.util';

describe('normalisePhone', () => {
  it.each([
    ['0912345678', '+84912345678', '0912 345 678'],
    ['+84 912 345 678', '+84912345678', '0912 345 678'],
    ['0084912345678', '+84912345678', '0912 345 678'],
    ['0987.654.321', '+84987654321', '0987 654 321'],
    ['0323456789', '+84323456789', '0323 456 789'],
    ['0523456789', '+84523456789', '0523 456 789'],
    ['0701234567', '+84701234567', '0701 234 567'],
    ['0812345678', '+84812345678', '0812 345 678'],
  ])('accepts the mobile %s', (input, e164, national) => {
    expect(normalisePhone(input)).toEqual({ ok: true, value: { e164, national, type: 'mobile' } });
  });

  it('accepts a Hà Nội landline', () => {
    expect(normalisePhone('(024) 3825-1234')).toEqual({
      ok: true,
      value: { e164: '+842438251234', national: '024 3825 1234', type: 'fixed_line' },
    });
  });

  it.each(['0123456789', '091234567', '09123456789', '0712345678', 'abc'])(
    'rejects %s',
    (input) => {
      expect(normalisePhone(input)).toMatchObject({
        ok: false,
        field: 'phone',
        code: 'phone_invalid',
      });
    },
  );

  it('rejects foreign numbers, hotlines and empty input with their own reasons', () => {
    expect(normalisePhone('+14155552671')).toMatchObject({ code: 'phone_not_vietnamese' });
    expect(normalisePhone('1900123456')).toMatchObject({ code: 'phone_not_personal' });
    expect(normalisePhone(' ')).toMatchObject({ code: 'required' });
  });
});
