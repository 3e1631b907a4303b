import { DEFAULT_LANGUAGE, Language, LANGUAGES, negotiateLanguage } from '../i18n/language';

/**
 * The language of a public page: `?lang=` (the switch on every page, and the hidden field of
 * its forms) first, then the browser's Accept-Language, else Vietnamese.
 */
export function pageLanguage(asked: unknown, acceptLanguage?: string): Language {
  if (typeof asked === 'string' && (LANGUAGES as readonly string[]).includes(asked)) {
    return asked as Language;
  }
  return negotiateLanguage(acceptLanguage) ?? DEFAULT_LANGUAGE;
}

/** The same page in the other language: the path with its `lang` set. */
export function withLanguage(path: string, language: Language): string {
  const [pathname, query = ''] = path.split('?');
  const params = new URLSearchParams(query);
  params.set('lang', language);
  return `${pathname}?${params.toString()}`;
}
