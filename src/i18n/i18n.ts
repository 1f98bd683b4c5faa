import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../lib/format';
import { defaultNS, resources } from './resources';

export const LANGUAGE_STORAGE_KEY = 'apac-dashboard.lang';

/** Starts i18next synchronously in the language resolved from the URL, storage and browser. */
export function initI18n(lng: Lang) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: ['en', 'ja'],
    defaultNS,
    ns: [defaultNS, 'explorer'],
    initAsync: false,
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
