import 'i18next';
import type ja from './ja.json';

// Translation keys are checked at build time against the Japanese (default) resource.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ja };
  }
}
