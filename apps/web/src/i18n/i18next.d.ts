import 'i18next';
import { vi } from './vi';

// Every t('…') key is checked against the Vietnamese catalogue at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof vi };
  }
}
