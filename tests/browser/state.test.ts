// The URL is the state: reload, a fresh browser and Back/Forward restore it; invalid parameters fall back to the
// defaults with a notice; and no view scrolls sideways on a phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import jaCommon from '../../locales/ja/common.json';
import {
  DESKTOP,
  LANGS,
  PHONE,
  VIEWS,
  appUrl,
  collectPageErrors,
  horizontalOverflow,
  launchBrowser,
  openView,
  overflowingElements,
  searchParams,
  settle,
  useSharedBrowser,
  waitForView,
} from './browser';
import type { Lang, ViewId } from './browser';

const COMMON = { en: enCommon, ja: jaCommon } as const;

interface ActiveState {
  lang: string;
  view: string | null;
  currency: string | null;
  rate: string;
}

/** What the page shows as active: the document language, the current view link, the pressed currency, the rate. */
async function activeState(page: Page): Promise<ActiveState> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  const common = COMMON[lang as Lang] ?? enCommon;
  const view = await page.locator('nav a[aria-current="page"]').textContent();
  const currency = await page
    .getByRole('group', { name: common.currency.label })
    .locator('button[aria-pressed="true"]')
    .textContent();
  const rate = await page.getByRole('combobox', { name: common.rate.label }).inputValue();
  return { lang, view, currency, rate };
}

/** The state the URL `?view=japan&lang=ja&currency=USD&rate=year` should show. */
const JAPAN_JA_USD_YEAR: ActiveState = {
  lang: 'ja',
  view: jaCommon.nav.japan,
  currency: jaCommon.currency.USD,
  rate: 'year',
};
const SHARED = { view: 'japan', lang: 'ja', currency: 'USD', rate: 'year' };

function paramsOf(page: Page): Record<string, string> {
  const params = searchParams(page);
  return Object.fromEntries(['view', 'lang', 'currency', 'rate'].map((k) => [k, params.get(k) ?? '']));
}

describe('URL state', () => {
  const browser = useSharedBrowser({ viewport: DESKTOP }, { resetViewport: true });

  it('a shared link opens its view, language, currency and rate, and a reload keeps them', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, SHARED);
    expect(await activeState(page)).toEqual(JAPAN_JA_USD_YEAR);
    expect(paramsOf(page)).toEqual(SHARED);

    await page.reload();
    await waitForView(page);
    expect(await activeState(page)).toEqual(JAPAN_JA_USD_YEAR);
    expect(paramsOf(page)).toEqual(SHARED);
    expect(browser.errors.all()).toEqual([]);
  });

  it('the same link in a fresh browser shows the same state', async () => {
    const fresh = await launchBrowser({ viewport: DESKTOP });
    try {
      const freshErrors = collectPageErrors(fresh.page);
      await openView(fresh.page, browser.baseURL, SHARED);
      expect(await activeState(fresh.page)).toEqual(JAPAN_JA_USD_YEAR);
      expect(paramsOf(fresh.page)).toEqual(SHARED);
      expect(freshErrors.all()).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('Back and Forward move between the views opened', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { lang: 'en' });
    const nav = page.getByRole('navigation', { name: enCommon.nav.label });
    const current = () => page.locator('nav a[aria-current="page"]').textContent();
    const heading = () => page.locator('main h2').first().textContent();

    await nav.getByRole('link', { name: enCommon.nav.timeline }).click();
    await expect.poll(() => searchParams(page).get('view')).toBe('timeline');
    await waitForView(page);
    const timelineHeading = await heading();
    await nav.getByRole('link', { name: enCommon.nav.japan }).click();
    await expect.poll(() => searchParams(page).get('view')).toBe('japan');
    await waitForView(page);
    expect(await current()).toBe(enCommon.nav.japan);

    await page.goBack();
    await expect.poll(current).toBe(enCommon.nav.timeline);
    expect(searchParams(page).get('view')).toBe('timeline');
    await waitForView(page);
    expect(await heading()).toBe(timelineHeading);

    await page.goBack();
    await expect.poll(current).toBe(enCommon.nav.overview);
    expect(searchParams(page).get('view')).toBeNull();
    await waitForView(page);
    expect(await heading()).toMatch(/^Microsoft's ¥1.6 trillion for Japan/);

    await page.goForward();
    await expect.poll(current).toBe(enCommon.nav.timeline);
    await waitForView(page);
    expect(await heading()).toBe(timelineHeading);

    await page.goForward();
    await expect.poll(current).toBe(enCommon.nav.japan);
    expect(searchParams(page).get('view')).toBe('japan');
    expect(browser.errors.all()).toEqual([]);
  });

  it('invalid parameters open the defaults, with a notice and no error', async () => {
    const { page } = browser;
    // Forget the language remembered by earlier tests, so that the default is the browser's (en-US).
    await page.evaluate(() => localStorage.clear());
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    const url = `${appUrl(browser.baseURL)}?view=nope&currency=EUR&rate=-5&lang=xx&foo=<script>alert(1)</script>`;
    await page.goto(url);
    await waitForView(page);
    await settle(page);

    expect(await activeState(page)).toEqual({
      lang: 'en',
      view: enCommon.nav.overview,
      currency: enCommon.currency.JPY,
      rate: 'article',
    });
    const notice = page.getByRole('status').filter({ hasText: /not valid/ });
    expect(await notice.isVisible()).toBe(true);
    const noticeText = (await notice.textContent()) ?? '';
    for (const param of ['view', 'currency', 'rate', 'lang']) expect(noticeText).toContain(param);
    // The invalid values are gone from the address bar; it now reproduces what is shown.
    const params = searchParams(page);
    expect(params.get('view')).toBeNull();
    expect(params.get('currency')).toBeNull();
    expect(params.get('rate')).toBeNull();
    expect(params.get('lang')).toBe('en');
    expect(dialogs).toEqual([]);
    expect(await page.locator('body script').count()).toBe(0);
    expect(browser.errors.all()).toEqual([]);
  });

  it('at 1280 px every data table fits its width, so no column hides behind a sideways scroll', async () => {
    const { page } = browser;
    const tooWide: string[] = [];
    for (const lang of LANGS) {
      for (const view of ['timeline', 'japan', 'apac', 'sources'] as const) {
        await openView(page, browser.baseURL, { view, lang });
        const regions = await page.evaluate(() =>
          [...document.querySelectorAll('main [role="region"]')]
            .filter((region) => region.querySelector('table'))
            .map((region) => ({
              name: (region.getAttribute('aria-label') ?? '').slice(0, 40),
              scrollWidth: region.scrollWidth,
              clientWidth: region.clientWidth,
            })),
        );
        for (const r of regions) {
          if (r.scrollWidth > r.clientWidth)
            tooWide.push(`${view}/${lang} "${r.name}": ${r.scrollWidth}px of table in ${r.clientWidth}px`);
        }
      }
    }
    expect(tooWide).toEqual([]);
    expect(browser.errors.all()).toEqual([]);
  });

  it('the numbered event markers of the timeline do not cover one another, on a desktop or a phone', async () => {
    const { page } = browser;
    const overlaps: string[] = [];
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await openView(page, browser.baseURL, { view: 'timeline', lang: 'en' });
      // Each marker is an SVG group (class timeline-marker) holding a circle and its number.
      const markers = await page.evaluate(() =>
        [...document.querySelectorAll('main .timeline-marker')].map((marker) => {
          const box = marker.getBoundingClientRect();
          return {
            n: marker.textContent ?? '',
            left: box.left,
            right: box.right,
            top: box.top,
            bottom: box.bottom,
          };
        }),
      );
      expect(markers.length, 'markers drawn').toBeGreaterThan(1);
      for (const [i, a] of markers.entries()) {
        for (const b of markers.slice(i + 1)) {
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 1 && y > 1)
            overlaps.push(
              `${viewport.width}px: marker ${a.n} and marker ${b.n} overlap by ${Math.round(x)}px`,
            );
        }
      }
    }
    expect(overlaps).toEqual([]);
    expect(browser.errors.all()).toEqual([]);
  });

  for (const lang of LANGS) {
    for (const view of VIEWS) {
      it(`${view} in ${lang} does not scroll sideways at 390 px`, async () => {
        const { page } = browser;
        await page.setViewportSize(PHONE);
        await openView(page, browser.baseURL, { view, lang });
        const overflow = await horizontalOverflow(page);
        const culprits = overflow > 0 ? await overflowingElements(page) : [];
        expect(
          { overflow, culprits },
          `scrollWidth exceeds clientWidth by ${overflow}px in ${view as ViewId}/${lang}`,
        ).toEqual({ overflow: 0, culprits: [] });
        expect(browser.errors.all()).toEqual([]);
      });
    }
  }
});
