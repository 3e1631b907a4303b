import { validateCccd } from './cccd.util';
import { validateTaxCode } from './tax-code.util';

describe('validateCccd', () => {
  it.each([
    ['001085012345', 'Hà Nội, man born 1985'],
    ['079203004567', 'Hồ Chí Minh City, man born 2003'],
    ['096190000001', 'Cà Mau, woman born 1990'],
    ['036310123456', 'Nam Định, woman born 2010'],
  ])('accepts %s (%s)', (id) => {
    expect(validateCccd(id, 'taxCode')).toEqual({ ok: true, value: id });
  });

  it('drops the spaces and dots people type between groups', () => {
    expect(validateCccd('001 085 012.345', 'ownerId')).toEqual({ ok: true, value: '001085012345' });
  });

  it.each(['000000000000', '003085012345', '097085012345', '999185012345', '028085012345'])(
    'refuses %s: its first three digits are no province code',
    (id) => {
      expect(validateCccd(id, 'taxCode')).toMatchObject({
        ok: false,
        field: 'taxCode',
        code: 'cccd_province',
      });
    },
  );

  it.each(['001485012345', '001785012345', '001985012345'])(
    'refuses %s: its century digit is for people born after 2099',
    (id) => {
      expect(validateCccd(id, 'taxCode')).toMatchObject({ ok: false, code: 'cccd_century' });
    },
  );

  it.each(['00108501234', '0010850123456', '00108501234A', ''])(
    'refuses %s: not 12 digits',
    (id) => {
      expect(validateCccd(id, 'taxCode')).toMatchObject({ ok: false, code: 'cccd_format' });
    },
  );

  it("is the household business's tax-code rule", () => {
    expect(validateTaxCode('000000000000', 'household_business')).toMatchObject({
      ok: false,
      field: 'taxCode',
      code: 'cccd_province',
    });
    expect(validateTaxCode('001585012345', 'household_business')).toMatchObject({
      code: 'cccd_century',
    });
  });
});
