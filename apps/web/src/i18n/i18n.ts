import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Catalogue } from './catalogue';
import { vi } from './vi';

export type Language = 'vi' | 'en';
export const LANGUAGES: Language[] = ['vi', 'en'];
const STORAGE_KEY = 'hoicho.language';

/**
 * Each area's own strings (producer, organiser, gate…), by top-level key. Empty here: the
 * file that registers an area's catalogue (its entry or routes file, see addAreaCatalogue)
 * adds the area's keys, so `t('desk.…')` is typed everywhere while the strings travel only in
 * the area's chunk.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AreaCatalogues {}

type Strings = Record<string, object>;
type LoadEnglish = () => Promise<object>;

// English is fetched the first time it is chosen: most people read Vietnamese, and the first
// screen's JavaScript stays within its budget (WEB.md). The shared catalogue's English and
// each registered area's are loaded once each.
const englishOf: LoadEnglish[] = [async () => (await import('./en')).en];
const englishLoads = new Map<LoadEnglish, Promise<void>>();
let english = false;

function loadEnglish(load: LoadEnglish): Promise<void> {
  let loading = englishLoads.get(load);
  if (!loading) {
    loading = load().then((strings) => {
      i18n.addResourceBundle('en', 'translation', strings, true, true);
    });
    englishLoads.set(load, loading);
  }
  return loading;
}

const areaEnglishLoads: Promise<void>[] = [];

/**
 * Registers an area's strings when its chunk loads, so the entry carries only the shared
 * ones. Call it at the top of the area's entry (or routes) file, beside the area's types:
 *
 *   declare module '@web/i18n/i18n' {
 *     interface AreaCatalogues { desk: typeof desk }
 *   }
 *   addAreaCatalogue({ desk }, async () => ({ desk: (await import('@web/i18n/en/desk')).desk }));
 *
 * A reader of English gets the area's English fetched too; `areaReady` waits for it.
 */
export function addAreaCatalogue<T extends Strings>(
  strings: T,
  loadAreaEnglish: () => Promise<Catalogue<T>>,
): void {
  i18n.addResourceBundle('vi', 'translation', strings, true, true);
  englishOf.push(loadAreaEnglish);
  if (english) areaEnglishLoads.push(loadEnglish(loadAreaEnglish));
}

/**
 * An area's module once its strings are ready in the language on screen: the lazy route of an
 * area loads through it, `lazy(() => import('…/Area').then(areaReady))`, so an English
 * reader never sees the area in Vietnamese for a moment.
 */
export async function areaReady<T>(module: T): Promise<T> {
  await Promise.allSettled(areaEnglishLoads); // failing English falls back to Vietnamese
  return module;
}

export async function applyLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  english = language === 'en';
  if (english) await Promise.all(englishOf.map(loadEnglish));
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

/** Vietnamese first: the language chosen on this browser before, else Vietnamese. */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'vi';
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = 'vi';

/** Resolves when the language this browser chose before is ready to show. */
export const languageReady: Promise<void> =
  initialLanguage() === 'en' ? applyLanguage('en') : Promise.resolve();

export { i18n };
