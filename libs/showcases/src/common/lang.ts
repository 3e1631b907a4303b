export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** The name in the reader's language: English when asked for and present, else Vietnamese. */
export const pick = (lang: Lang, vi: string, en: string | null | undefined): string =>
  lang === 'en' && en ? en : vi;

/** A country's name from its ISO 3166-1 alpha-2 code, in the reader's language. */
export function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const NOT_COUNTRIES = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO']);

/** True for an assigned ISO 3166-1 alpha-2 region code ("VN", "DE"), as ICU knows them. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  try {
    return (
      new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code) !== undefined
    );
  } catch {
    return false;
  }
}
