import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureLanguage, rememberLanguage } from '../i18n/i18n';
import type { Lang } from '../lib/format';
import type { UrlState } from '../lib/url-state';
import { parseUrlState, serializeUrlState } from '../lib/url-state';

export interface Settings extends UrlState {
  lang: Lang;
}

/** A change without its language part: what still applies when a language's texts cannot be loaded. */
function withoutLang(patch: Partial<Settings>): Partial<Settings> {
  const rest = { ...patch };
  delete rest.lang;
  return rest;
}

/**
 * The shareable state (view, language, currency, rate, theme, deck, filters) kept in step with the URL: changing a
 * view or a filter, or entering or leaving the deck, adds a history entry; the other settings, and moving between
 * slides, replace the current one, so that Back after a presentation returns to the dashboard instead of replaying
 * every slide.
 */
export function useSettings(initial: Settings) {
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState<Settings>(initial);

  const update = useCallback(
    function apply(patch: Partial<Settings>) {
      if (patch.lang && patch.lang !== i18n.language) {
        // The other language's texts load in the background after the first paint; a switch before they are there
        // waits for them (a moment) rather than showing a page in two languages.
        const loading = ensureLanguage(i18n, patch.lang);
        if (loading) {
          void loading.then(
            () => apply(patch),
            () => apply(withoutLang(patch)),
          );
          return;
        }
        // Switch the language in the same event, so the next frame is already in the new language.
        void i18n.changeLanguage(patch.lang);
      }
      setSettings((current) => {
        const next = { ...current, ...patch };
        const search = serializeUrlState(next, next.lang, window.location.search);
        const url = `${window.location.pathname}${search}${window.location.hash}`;
        // A new view, a new filter, or entering or leaving the deck is a step Back can undo; the other settings
        // (and moving between slides) replace the current entry.
        const filtered = patch.filters !== undefined && search !== window.location.search;
        const newPage =
          (patch.view && patch.view !== current.view) ||
          (patch.mode && patch.mode !== current.mode) ||
          filtered;
        if (newPage) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
        return next;
      });
    },
    [i18n],
  );

  useEffect(() => {
    const onPopState = () => {
      const parsed = parseUrlState(window.location.search);
      const apply = () => setSettings((current) => ({ ...parsed.state, lang: parsed.lang ?? current.lang }));
      const loading = parsed.lang ? ensureLanguage(i18n, parsed.lang) : undefined;
      if (loading) void loading.then(apply, apply);
      else apply();
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [i18n]);

  // Write the resolved state back once, so that the address bar always shows a link that reproduces the page.
  useEffect(() => {
    const search = serializeUrlState(initial, initial.lang, window.location.search);
    window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
  }, [initial]);

  useEffect(() => {
    if (i18n.language !== settings.lang) void i18n.changeLanguage(settings.lang);
    document.documentElement.lang = settings.lang;
    rememberLanguage(settings.lang);
  }, [i18n, settings.lang]);

  useEffect(() => {
    const fixed = i18n.getFixedT(settings.lang);
    const deckT = i18n.getFixedT(settings.lang, 'present');
    const page =
      settings.mode === 'dashboard'
        ? fixed(`nav.${settings.view}`)
        : `${deckT(`slides.${settings.slide}`)} · ${deckT(settings.mode === 'deck' ? 'deck.label' : 'presenter.title')}`;
    document.title = `${page} · ${fixed('app.title')}`;
  }, [i18n, settings.view, settings.lang, settings.mode, settings.slide]);

  return [settings, update] as const;
}
