import { isCountryCode, resolveCountry } from './country';
import { COUNTRY_TABLE } from './country-table';

describe('resolveCountry', () => {
  it.each([
    ['Việt Nam', 'VN'],
    ['viet nam', 'VN'],
    ['Vietnam', 'VN'],
    ['vn', 'VN'],
    ['VNM', 'VN'],
    ['Đức', 'DE'],
    ['DUC', 'DE'],
    ['Germany', 'DE'],
    ['DE', 'DE'],
    ['DEU', 'DE'],
    ['deu', 'DE'],
    ['Hàn Quốc', 'KR'],
    ['han quoc', 'KR'],
    ['South Korea', 'KR'],
    ['Republic of Korea', 'KR'],
    ['KOR', 'KR'],
    ['Korea', 'KR'],
    ['Triều Tiên', 'KP'],
    ['Nhật Bản', 'JP'],
    ['Japan', 'JP'],
    ['Mỹ', 'US'],
    ['Hoa Kỳ', 'US'],
    ['U.S.A.', 'US'],
    ['USA', 'US'],
    ['MY', 'MY'],
    ['Malaysia', 'MY'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['Vương quốc Anh', 'GB'],
    ['Anh', 'GB'],
    ['Myanmar (Burma)', 'MM'],
    ['The Netherlands', 'NL'],
    ['Nga', 'RU'],
    ['  trung   quốc ', 'CN'],
    ['Atlantis', undefined],
    ['Narnia', undefined],
    ['ZZ', undefined],
    ['', undefined],
  ])('%p → %p', (input, expected) => {
    expect(resolveCountry(input)).toBe(expected);
  });

  it('resolves every country of the table by each of its names and codes', () => {
    const misses = COUNTRY_TABLE.flatMap(([alpha2, alpha3, vi, en]) =>
      [alpha2, alpha3, vi[0], en[0]]
        .filter((form) => resolveCountry(form) !== alpha2)
        .map((form) => `${form} → ${resolveCountry(form)} (want ${alpha2})`),
    );
    expect(misses).toEqual([]);
  });
});

describe('isCountryCode', () => {
  it('takes assigned alpha-2 codes in upper case only', () => {
    expect(['VN', 'DE', 'KR', 'US'].every(isCountryCode)).toBe(true);
    expect(['vn', 'ZZ', 'EU', 'DEU', 'Đức', ''].some(isCountryCode)).toBe(false);
  });
});
