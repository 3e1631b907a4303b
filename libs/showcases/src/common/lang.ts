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
