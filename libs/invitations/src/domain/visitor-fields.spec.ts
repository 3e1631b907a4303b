import { resolveCountry } from '@hoicho/platform/domain';
import {
  parseConsent,
  parseLanguage,
  parseSegment,
  parseTags,
  tagKey,
  unionTags,
} from './visitor-fields';

describe('visitor field values', () => {
  it.each([
    ['vi', 'vi'],
    ['Tiếng Việt', 'vi'],
    ['vi-VN', 'vi'],
    ['English', 'en'],
    ['tieng anh', 'en'],
    ['en-US', 'en'],
    ['Français', undefined],
  ])('language %p → %p', (input, expected) => {
    expect(parseLanguage(input)).toBe(expected);
  });

  it.each([
    ['Người mua', 'buyer'],
    ['BUYER', 'buyer'],
    ['Báo chí', 'press'],
    ['Khách mời VIP', 'vip'],
    ['Công chúng', 'public'],
    ['cong chung', 'public'],
    ['khác', undefined],
  ])('segment %p → %p', (input, expected) => {
    expect(parseSegment(input)).toBe(expected);
  });

  it.each([
    ['Có', true],
    ['x', true],
    ['1', true],
    ['Yes', true],
    ['Không', false],
    ['0', false],
    ['no', false],
    ['maybe', undefined],
  ])('consent %p → %p', (input, expected) => {
    expect(parseConsent(input)).toBe(expected);
  });

  it('splits tags on commas and semicolons and drops duplicates', () => {
    expect(parseTags('gốm; Mây tre , gom ,mây tre;;')).toEqual(['gốm', 'Mây tre', 'gom']);
    expect(unionTags(['Nhật Bản'], ['nhật bản', 'B2B'])).toEqual(['Nhật Bản', 'B2B']);
  });

  it('keys a tag by its lower case, diacritics and đ kept', () => {
    expect(tagKey('ĐỢT 1 Gốm')).toBe('đợt 1 gốm');
    expect(tagKey('GOM')).not.toBe(tagKey('Gốm'));
  });

  it.each([
    ['Việt Nam', 'VN'],
    ['Viet Nam', 'VN'],
    ['vietnam', 'VN'],
    ['vn', 'VN'],
    ['Nhật Bản', 'JP'],
    ['Japan', 'JP'],
    ['Hàn Quốc', 'KR'],
    ['Korea', 'KR'],
    ['Mỹ', 'US'],
    ['U.S.A.', 'US'],
    ['MY', 'MY'],
    ['Đức', 'DE'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['Vương quốc Anh', 'GB'],
    ['Myanmar (Burma)', 'MM'],
    ['Atlantis', undefined],
    ['ZZ', undefined],
  ])('country %p → %p', (input, expected) => {
    expect(resolveCountry(input)).toBe(expected);
  });
});
