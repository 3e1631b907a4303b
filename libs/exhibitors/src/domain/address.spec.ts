import { AdministrativeUnitLookup, validateAddress } from './address';

const provinces = new Map([['01', { code: '01', name: 'Thành phố Hà Nội' }]]);
const communes = new Map([
  ['10105', { code: '10105', name: 'Xã Phú Nghĩa', provinceCode: '01' }],
  ['79001', { code: '79001', name: 'Phường Sài Gòn', provinceCode: '79' }],
]);
const units: AdministrativeUnitLookup = {
  province: (code) => provinces.get(code),
  commune: (code) => communes.get(code),
};

describe('validateAddress', () => {
  it('accepts a commune in its province and stores text as NFC', () => {
    const decomposed = 'Thôn Phú Vinh'.normalize('NFD');
    expect(
      validateAddress(
        { provinceCode: ' 01 ', communeCode: '10105', detail: decomposed, formerAddress: '' },
        units,
      ),
    ).toEqual({
      ok: true,
      value: {
        provinceCode: '01',
        communeCode: '10105',
        detail: 'Thôn Phú Vinh',
        formerAddress: null,
      },
    });
  });

  it('keeps the former address with its district', () => {
    const result = validateAddress(
      { provinceCode: '01', communeCode: '10105', formerAddress: 'Phú Nghĩa, Chương Mỹ, Hà Nội' },
      units,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { formerAddress: 'Phú Nghĩa, Chương Mỹ, Hà Nội' },
    });
  });

  it.each([
    [{ communeCode: '10105' }, 'provinceCode', 'required'],
    [{ provinceCode: '99', communeCode: '10105' }, 'provinceCode', 'province_unknown'],
    [{ provinceCode: '01' }, 'communeCode', 'required'],
    [{ provinceCode: '01', communeCode: '12345' }, 'communeCode', 'commune_unknown'],
    [{ provinceCode: '01', communeCode: '79001' }, 'communeCode', 'commune_not_in_province'],
    [{ provinceCode: '01', communeCode: '10105', detail: 'x'.repeat(256) }, 'detail', 'too_long'],
  ])('rejects %j on %s', (input, field, code) => {
    expect(validateAddress(input, units)).toMatchObject({ ok: false, field, code });
  });
});
