import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { vi } from './vi';

export type Language = 'vi' | 'en';
export const LANGUAGES: Language[] = ['vi', 'en'];
const STORAGE_KEY = 'hoicho.language';

/** Vietnamese first: the language chosen on this browser before, else Vietnamese. */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'vi';
}

// English is fetched the first time it is chosen: most people read Vietnamese, and the first
// screen's JavaScript stays within its budget (WEB.md).
async function ensureLoaded(language: Language): Promise<void> {
  if (language !== 'en' || i18n.hasResourceBundle('en', 'translation')) return;
  const { en } = await import('./en');
  i18n.addResourceBundle('en', 'translation', en);
}

export async function applyLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await ensureLoaded(language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
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
