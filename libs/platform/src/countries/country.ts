import { searchKey } from '../text/vietnamese-text.util';
import { COUNTRY_TABLE } from './country-table';

// Names people write that the table does not hold (it says "Hợp chủng quốc Hoa Kỳ", "Hàn Quốc").
const EXTRA_NAMES: Record<string, string> = {
  'hoa ky': 'US',
  america: 'US',
  anh: 'GB',
  england: 'GB',
  britain: 'GB',
  korea: 'KR',
  'nam han': 'KR',
  'bac han': 'KP',
  nhat: 'JP',
  burma: 'MM',
  holland: 'NL',
  'czech republic': 'CZ',
};

interface CountryIndex {
  byName: Map<string, string>;
  /** Alpha-2 and alpha-3 codes, upper case, to the alpha-2 code. */
  byCode: Map<string, string>;
}
let index: CountryIndex | undefined;

/** "Myanmar (Burma)", "The Netherlands", "U.S.A." → "myanmar burma", "netherlands", "usa". */
function nameKey(name: string): string {
  return searchKey(name.replace(/\./g, '').replace(/[^\p{L}\p{N}']+/gu, ' ')).replace(/^the /, '');
}

function countryIndex(): CountryIndex {
  if (index) return index;
  const byName = new Map<string, string>();
  const byCode = new Map<string, string>();
  for (const [alpha2, alpha3, vi, en] of COUNTRY_TABLE) {
    byCode.set(alpha2, alpha2);
    byCode.set(alpha3, alpha2);
    for (const name of [...vi, ...en]) byName.set(nameKey(name), alpha2);
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) byName.set(name, code);
  index = { byName, byCode };
  return index;
}

/**
 * ISO 3166-1 alpha-2 code of a country written as a code, alpha-2 or alpha-3 ("DE", "deu",
 * "KOR"), or as a name in Vietnamese or English with or without diacritics ("Đức", "Duc",
 * "Germany", "Hàn Quốc", "South Korea"); undefined when it names no country.
 */
export function resolveCountry(input: string): string | undefined {
  const { byName, byCode } = countryIndex();
  const raw = input.normalize('NFC').trim();
  if (raw === '') return undefined;
  // "MY" is Malaysia but "Mỹ", "My" is the United States: upper-case letters mean a code.
  if (/^[A-Z]{2,3}$/.test(raw) && byCode.has(raw)) return byCode.get(raw);
  const key = nameKey(raw);
  return (
    byName.get(key) ??
    byName.get(nameKey(raw.replace(/\(.*\)/g, ''))) ??
    (/^[a-z]{2,3}$/i.test(raw) ? byCode.get(raw.toUpperCase()) : undefined)
  );
}

/** True for an ISO 3166-1 alpha-2 code of the table ("VN", "DE"); case matters. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countryIndex().byCode.get(code) === code;
}
