import { searchKey } from '@hoicho/platform/domain';

// Names people write that Intl's region names do not give (it says "Hoa Kỳ", "South Korea").
const EXTRA_NAMES: Record<string, string> = {
  'viet nam': 'VN',
  my: 'US',
  usa: 'US',
  america: 'US',
  uk: 'GB',
  anh: 'GB',
  england: 'GB',
  'great britain': 'GB',
  korea: 'KR',
  'han quoc': 'KR',
  'nam han': 'KR',
};

// Codes Intl names that are not countries a visitor comes from: private use (Q*, X*, ZZ) and
// groupings (EU, EZ, UN).
const NOT_COUNTRIES = /^(Q.|X.|ZZ|EU|EZ|UN)$/;

interface CountryIndex {
  byName: Map<string, string>;
  /** Every code ICU names, to its current form: "UK" → "GB", "BU" → "MM". */
  codes: Map<string, string>;
}
let index: CountryIndex | undefined;

/** Built once from the ICU data Node ships: every region name in Vietnamese and English. */
function countryIndex(): CountryIndex {
  if (index) return index;
  const byName = new Map<string, string>(Object.entries(EXTRA_NAMES));
  const codes = new Map<string, string>();
  const displays = ['vi', 'en'].map(
    (locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }),
  );
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.test(code)) continue;
      // Deprecated and reserved codes ICU still names ("UK", "BU", "YU") resolve to the code in
      // use, so "United Kingdom" is GB whichever of the two codes names it last.
      const canonical = Intl.getCanonicalLocales(`und-${code}`)[0].slice(4);
      for (const display of displays) {
        const name = display.of(code);
        if (!name) continue;
        codes.set(code, canonical);
        byName.set(searchKey(name), canonical);
      }
    }
  }
  index = { byName, codes };
  return index;
}

/**
 * ISO 3166-1 alpha-2 code for a country written as a code ("JP", "vn") or a name in Vietnamese
 * or English with or without diacritics ("Việt Nam", "Nhat Ban", "Japan"); undefined if unknown.
 */
export function resolveCountry(input: string): string | undefined {
  const { byName, codes } = countryIndex();
  const raw = input.trim();
  // "MY" is Malaysia but "Mỹ", "My" is the United States: upper-case letters mean a code.
  if (/^[A-Z]{2}$/.test(raw) && codes.has(raw)) return codes.get(raw);
  const key = searchKey(raw.replace(/\./g, ''));
  return byName.get(key) ?? codes.get(key.toUpperCase());
}
