import type nl from './nl.json';

// Typed keys: t('a.key.that.does.not.exist') fails the type check instead of showing the key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
