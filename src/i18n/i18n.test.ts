import type { Resource } from 'i18next';
import { describe, expect, it } from 'vitest';
import enReliability from '../../locales/en/reliability.json';
import jaReliability from '../../locales/ja/reliability.json';
import { bothLanguagesReady, ensureLanguage, initI18n, startI18n } from './i18n';
import { resources } from './resources';

/** A copy of the bundled texts without `path` (`ns:a.b`) in the languages given. */
function without(path: string, langs: readonly ('en' | 'ja')[]): Resource {
  const copy = structuredClone(resources) as unknown as Resource;
  const [ns = '', key = ''] = path.split(':');
  for (const lang of langs) {
    const parts = key.split('.');
    let node = copy[lang]?.[ns] as Record<string, unknown> | undefined;
    for (const part of parts.slice(0, -1)) node = node?.[part] as Record<string, unknown> | undefined;
    if (!node || !(parts.at(-1)! in node)) throw new Error(`${lang}/${path} is not a bundled text`);
    delete node[parts.at(-1)!];
  }
  return copy;
}

describe('missing texts', () => {
  it('a text missing in Japanese falls back to the English text', () => {
    const i18n = initI18n('ja', without('common:nav.japan', ['ja']));
    expect(i18n.t('nav.japan')).toBe(resources.en.common.nav.japan);
    // Its neighbours are still Japanese.
    expect(i18n.t('nav.apac')).toBe(resources.ja.common.nav.apac);
  });

  it('a text missing in every language shows "text missing" in the current language, never its key', () => {
    const bundles = without('common:app.tagline', ['en', 'ja']);
    const ja = initI18n('ja', bundles);
    expect(ja.t('app.tagline')).toBe(jaReliability.missingText);
    const en = initI18n('en', bundles);
    expect(en.t('app.tagline')).toBe(enReliability.missingText);
    expect(en.t('app.tagline')).not.toContain('tagline');
  });

  it('a key no bundle ever had is not shown either, in any namespace', () => {
    const i18n = initI18n('en', resources);
    const t = i18n.t as unknown as (key: string) => string;
    expect(t('no.such.key')).toBe(enReliability.missingText);
    expect(t('reliability:no.such.key')).toBe(enReliability.missingText);
  });

  it('a default value given at the call still wins', () => {
    const i18n = initI18n('ja', resources);
    const t = i18n.t as unknown as (key: string, fallback: string) => string;
    expect(t('no.such.key', 'given')).toBe('given');
  });

  it('with "text missing" itself gone from Japanese, the English one is used; gone everywhere, an ellipsis', () => {
    const ja = initI18n('ja', without('reliability:missingText', ['ja']));
    expect((ja.t as unknown as (key: string) => string)('no.such.key')).toBe(enReliability.missingText);
    const none = initI18n('ja', without('reliability:missingText', ['en', 'ja']));
    expect((none.t as unknown as (key: string) => string)('no.such.key')).toBe('…');
  });

  it('a language switch keeps the fallback working', async () => {
    const i18n = initI18n('en', without('common:nav.japan', ['ja']));
    await i18n.changeLanguage('ja');
    expect(i18n.t('nav.japan')).toBe(resources.en.common.nav.japan);
    expect(i18n.t('nav.overview')).toBe(resources.ja.common.nav.overview);
  });

  it("the app starts with the page's language only and adds the other on demand, once", async () => {
    const i18n = await startI18n('ja');
    expect(i18n.hasResourceBundle('ja', 'common')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'common')).toBe(false);
    expect(i18n.t('nav.overview')).toBe(resources.ja.common.nav.overview);
    const ready = bothLanguagesReady(i18n);
    expect(ready).toBeInstanceOf(Promise);
    expect(bothLanguagesReady(i18n)).toBe(ready);
    const loading = ensureLanguage(i18n, 'en');
    expect(loading).toBeInstanceOf(Promise);
    await loading;
    await ready;
    expect(ensureLanguage(i18n, 'en')).toBeUndefined();
    expect(bothLanguagesReady(i18n)).toBeUndefined();
    // With the texts there, the switch is synchronous: the next render is in the new language.
    void i18n.changeLanguage('en');
    expect(i18n.t('nav.overview')).toBe(resources.en.common.nav.overview);
    expect(i18n.getFixedT('en', 'present')('deck.label')).toBe(resources.en.present.deck.label);
  });
});
