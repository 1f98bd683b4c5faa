import i18next from 'i18next';
import type { Resource, i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../lib/format';

/** The namespace of `t` without a prefix. */
export const defaultNS = 'common';

export const LANGUAGE_STORAGE_KEY = 'apac-dashboard.lang';

/** What stands in for a text that no language has: never the raw key, which means nothing to a reader. */
const LAST_RESORT = '…';

/**
 * Starts i18next synchronously in the language resolved from the URL, storage and browser. A text missing in
 * Japanese falls back to the English one; a text missing in every language shows `reliability:missingText` in the
 * current language instead of its key. `bundles` are the texts: both languages in tests (resources.ts), the page's
 * language in the app (startI18n).
 */
export function initI18n(lng: Lang, bundles: Resource) {
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

/** The interface texts of one language, every namespace: a chunk of its own (locale-en.ts, locale-ja.ts). */
export function loadLanguage(lang: Lang): Promise<Resource[string]> {
  return lang === 'ja' ? import('./locale-ja').then((m) => m.ja) : import('./locale-en').then((m) => m.en);
}

const loading = new Map<string, Promise<void>>();

/**
 * Adds a language's texts to `instance` unless it has them: undefined when they are there already (a switch can
 * then happen in the same event), else a promise that settles once they are added.
 */
export function ensureLanguage(instance: I18n, lang: Lang): Promise<void> | undefined {
  if (instance.hasResourceBundle(lang, defaultNS)) return undefined;
  let pending = loading.get(lang);
  if (!pending) {
    pending = loadLanguage(lang).then(
      (bundle) => {
        for (const [ns, texts] of Object.entries(bundle))
          instance.addResourceBundle(lang, ns, texts, true, false);
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

const settled = new Map<string, Promise<void>>();

/**
 * What a view that shows both languages at once (the presenter's notes, the search over both) waits for: undefined
 * when both are there, else a promise, the same one on every call (for React's `use`), that settles once they are
 * (or once loading failed: the texts then fall back to English).
 */
export function bothLanguagesReady(instance: I18n): Promise<void> | undefined {
  const pending = (['en', 'ja'] as const).map((lang) => ensureLanguage(instance, lang)).find(Boolean);
  if (!pending) return undefined;
  let wait = settled.get('both');
  if (!wait) {
    // Kept after a failure, so that a view does not wait again on every render; dropped once both are there.
    wait = Promise.all([ensureLanguage(instance, 'en'), ensureLanguage(instance, 'ja')]).then(
      () => void settled.delete('both'),
      () => undefined,
    );
    settled.set('both', wait);
  }
  return wait;
}

/** Starts i18next for the app with only the texts of `lang`, loaded first. */
export async function startI18n(lang: Lang): Promise<I18n> {
  return initI18n(lang, { [lang]: await loadLanguage(lang) });
}

/**
 * Loads the language the page is not in once the browser is idle after the first paint, so that a switch is instant
 * and works offline (the service worker keeps every built file; the single-file build inlines both languages).
 */
export function prefetchOtherLanguage(instance: I18n, lang: Lang) {
  const load = () => void ensureLanguage(instance, lang === 'ja' ? 'en' : 'ja')?.catch(() => undefined);
  const whenIdle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(load, { timeout: 2000 })
      : setTimeout(load, 500);
  // The frame after the first render, then idle time: the first view's requests go first.
  requestAnimationFrame(() => setTimeout(whenIdle, 0));
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
