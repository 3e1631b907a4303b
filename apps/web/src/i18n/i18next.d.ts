import 'i18next';
import type { AreaCatalogues } from './i18n';
import { vi } from './vi';

// Every t('…') key is checked against the Vietnamese catalogue at compile time: the shared one
// and each area's, which the area declares where it registers it (see addAreaCatalogue).
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof vi & AreaCatalogues };
  }
}
