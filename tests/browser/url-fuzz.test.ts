// Fuzzing the address: 200 seeded URLs with random and hostile values for every parameter the app owns, unknown and
// repeated parameters, very long values, broken percent-encoding and script text. Each one loads with no page error,
// no dialog and no console error; the address bar then equals serialize(parse(url)), and the page shows that state.
// A failure names the seed and the URL, so it reproduces.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import jaCommon from '../../locales/ja/common.json';
import type { Lang } from '../../src/lib/format';
import type { UrlState } from '../../src/lib/url-state';
import { parseUrlState, serializeUrlState } from '../../src/lib/url-state';
import { hostileQuery, prng } from '../fixtures/url-fuzz';
import { DESKTOP, useSharedBrowser, waitForShell } from './browser';

const SEED = Number(process.env.URL_FUZZ_SEED ?? 20260403);
// At least 200; URL_FUZZ_RUNS raises it for a longer local hunt (with URL_FUZZ_SEED for new inputs).
const RUNS = Number(process.env.URL_FUZZ_RUNS ?? 200);
const COMMON = { en: enCommon, ja: jaCommon } as const;

/** The address the app must show after loading `url`, having started in `lang`. */
function expectedAddress(url: string, lang: Lang, state: UrlState): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}${serializeUrlState(state, lang, parsed.search)}${parsed.hash}`;
}

/** What the page shows: document language, current view, pressed currency, rate choice and typed rate, notice. */
function shownState(page: Page) {
  return page.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('.rate-choice select');
    const custom = document.querySelector<HTMLInputElement>('.custom-rate input');
    return {
      lang: document.documentElement.lang,
      view: document.querySelector('nav a[aria-current="page"]')?.textContent ?? null,
      currency:
        document.querySelector('.controls .segmented button[aria-pressed="true"]')?.textContent ?? null,
      rate: select?.value ?? null,
      customRate: custom ? Number(custom.value) : null,
      notice: document.querySelector('.notice')?.textContent ?? null,
    };
  });
}

describe('URL fuzz', () => {
  const browser = useSharedBrowser({ viewport: DESKTOP });

  it(`${RUNS} generated URLs (seed ${SEED}) each load into a valid state with no error`, async () => {
    const { page } = browser;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const random = prng(SEED);
    // A fresh profile in en-US: until a URL names a language, the page starts in English, then in the last one shown.
    let lastLang: Lang = 'en';

    for (let i = 0; i < RUNS; i += 1) {
      const url = `${browser.baseURL}${hostileQuery(random)}`;
      const context = `seed ${SEED}, URL #${i}: ${url.slice(0, 400)}`;
      const parsed = parseUrlState(new URL(url).search);
      const lang: Lang = parsed.lang ?? lastLang;
      const { state } = parsed;

      await page.goto(url, { waitUntil: 'commit' });
      await waitForShell(page);
      // The view (or the data's error) is drawn, and its lazy code has loaded.
      await page.waitForFunction(() => {
        const main = document.querySelector('main');
        return !!main && !main.querySelector('[role="status"]') && !!main.querySelector('h2');
      });
      await expect.poll(() => page.url(), { message: context }).toBe(expectedAddress(url, lang, state));

      const shown = await shownState(page);
      const common = COMMON[lang];
      expect(shown.lang, context).toBe(lang);
      // The deck and the presenter's window have no navigation bar or currency buttons to read.
      if (state.mode === 'dashboard') {
        expect(shown.view, context).toBe(common.nav[state.view]);
        expect(shown.currency, context).toBe(common.currency[state.currency]);
        expect(shown.rate, context).toBe(state.rate.kind);
        expect(shown.customRate, context).toBe(state.rate.kind === 'custom' ? state.rate.unitsPerUsd : null);
        if (parsed.rejected.length === 0) expect(shown.notice, context).toBeNull();
        else for (const key of parsed.rejected) expect(shown.notice, context).toContain(key);
      }
      expect(await page.locator('main [role="alert"]').count(), context).toBe(0);
      expect(browser.errors.all(), context).toEqual([]);
      expect(dialogs, context).toEqual([]);
      lastLang = lang;
    }
    // Nothing that came in through the address was ever run as script.
    expect(await page.locator('body script').count()).toBe(0);
  }, 240_000);
});
