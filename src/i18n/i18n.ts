import i18next from 'i18next';
import type { Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../lib/format';
import { defaultNS, resources } from './resources';

export const LANGUAGE_STORAGE_KEY = 'apac-dashboard.lang';

/** What stands in for a text that no language has: never the raw key, which means nothing to a reader. */
const LAST_RESORT = '…';

/**
 * Starts i18next synchronously in the language resolved from the URL, storage and browser. A text missing in
 * Japanese falls back to the English one; a text missing in every language shows `reliability:missingText` in the
 * current language instead of its key. `bundles` replaces the bundled texts (tests use it to remove keys).
 */
export function initI18n(lng: Lang, bundles: Resource = resources) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: bundles,
    lng,
    fallbackLng: 'en',
    supportedLngs: ['en', 'ja'],
    defaultNS,
    ns: [defaultNS, 'reliability', 'export', 'present', 'explorer'],
    initAsync: false,
    // Called only once the fallback language has no text either; a default value given at the call wins.
    parseMissingKeyHandler: (key, defaultValue) => {
      if (import.meta.env.DEV && import.meta.env.MODE !== 'test')
        console.warn(`i18n: no text for "${key}" in any language`);
      if (defaultValue) return defaultValue;
      const missing = (lang: string) => instance.getResource(lang, 'reliability', 'missingText') as unknown;
      const text = missing(instance.language) ?? missing('en');
      return typeof text === 'string' && text ? text : LAST_RESORT;
    },
    // React escapes text already; data never reaches HTML as markup.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export function rememberLanguage(lang: Lang) {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Storage can be unavailable (private mode, file://); the URL still carries the language.
  }
}

export function rememberedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}
