import { searchKey, toNfc } from '@hoicho/platform/domain';
import type { VisitorLanguage, VisitorSegment } from './visitor';

/** NFC with inner runs of whitespace (line breaks in a cell, double spaces) collapsed. */
export function cleanText(value: string): string {
  return toNfc(value).replace(/\s+/g, ' ');
}

const LANGUAGE_WORDS: Record<string, VisitorLanguage> = {
  vi: 'vi',
  'tieng viet': 'vi',
  viet: 'vi',
  vietnamese: 'vi',
  en: 'en',
  english: 'en',
  'tieng anh': 'en',
  anh: 'en',
};

/** "vi", "vi-VN", "Tiếng Việt", "English", "en-US" … → vi | en. */
export function parseLanguage(value: string): VisitorLanguage | undefined {
  const key = searchKey(value).replace(/[-_][a-z]{2}$/, '');
  return LANGUAGE_WORDS[key];
}

const SEGMENT_WORDS: Record<string, VisitorSegment> = {
  buyer: 'buyer',
  'trade buyer': 'buyer',
  importer: 'buyer',
  'nguoi mua': 'buyer',
  'khach mua': 'buyer',
  'khach mua hang': 'buyer',
  'nha nhap khau': 'buyer',
  press: 'press',
  media: 'press',
  journalist: 'press',
  'bao chi': 'press',
  'phong vien': 'press',
  'nha bao': 'press',
  vip: 'vip',
  'khach moi vip': 'vip',
  'khach vip': 'vip',
  'dai bieu': 'vip',
  official: 'vip',
  public: 'public',
  'general public': 'public',
  visitor: 'public',
  'cong chung': 'public',
  'khach tham quan': 'public',
};

export function parseSegment(value: string): VisitorSegment | undefined {
  return SEGMENT_WORDS[searchKey(value)];
}

const CONSENT_WORDS: Record<string, boolean> = {
  yes: true,
  y: true,
  true: true,
  '1': true,
  x: true,
  '✓': true,
  '✔': true,
  co: true,
  'dong y': true,
  ok: true,
  no: false,
  n: false,
  false: false,
  '0': false,
  khong: false,
  'khong dong y': false,
};

/** yes/no/có/không/x/1/0 …; undefined when the word is not recognised. */
export function parseConsent(value: string): boolean | undefined {
  return CONSENT_WORDS[searchKey(value)];
}

/**
 * Compare key for tags: case-insensitive, but diacritics matter ("gốm" is not "gom").
 * Unicode lower-cases Vietnamese by its default rules (only Lithuanian, Turkish and Azeri have
 * their own), so toLowerCase gives what toLocaleLowerCase('vi') did, ten times faster: an
 * import computes it for every tag of every row.
 */
export function tagKey(tag: string): string {
  return tag.toLowerCase();
}

/** Tags in one cell separated by commas or semicolons; duplicates dropped, first spelling kept. */
export function parseTags(value: string): string[] {
  return unionTags(
    [],
    value
      .split(/[,;]/)
      .map(cleanText)
      .filter((tag) => tag !== ''),
  );
}

/** Union keeping the order of `first`, then new tags from `second`. */
export function unionTags(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set(first.map(tagKey));
  const result = [...first];
  for (const tag of second) {
    const key = tagKey(tag);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}
