// After one visit, the dashboard works with the network gone: the service worker serves the app, its lazily loaded
// views and the data from its cache.
import { describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import jaCommon from '../../locales/ja/common.json';
import { DESKTOP, VIEWS, appUrl, searchParams, settle, useSharedBrowser, waitForView } from './browser';
import { SLIDES, counterText, currentSlide, waitForDeck } from './deck-helpers';

describe('offline', () => {
  const browser = useSharedBrowser({ viewport: DESKTOP, serviceWorkers: 'allow' });

  it('reloads and switches views, language and currency offline after the first visit', async () => {
    const { page, context } = browser.browser;
    await page.goto(appUrl(browser.baseURL, { lang: 'en' }));
    await waitForView(page);
    // The worker takes control once it has precached everything and removed older caches.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 20_000,
    });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const keys = names.length ? await (await caches.open(names[0]!)).keys() : [];
      return { names, files: keys.map((r) => new URL(r.url).pathname) };
    });
    expect(cached.names).toHaveLength(1);
    expect(cached.names[0]).toMatch(/^apac-dashboard-[0-9a-f]{16}$/);
    expect(cached.files).toContain('/data/commitments.json');
    expect(cached.files).toContain('/index.html');
    expect(cached.files.filter((f) => f.startsWith('/assets/') && f.endsWith('.js')).length).toBeGreaterThan(
      1,
    );

    await context.setOffline(true);
    try {
      await page.reload();
      await waitForView(page);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(enCommon.app.title);
      for (const [i] of VIEWS.entries()) {
        await page.getByRole('navigation').getByRole('link').nth(i).click();
        await waitForView(page);
        expect(await page.getByRole('alert').count()).toBe(0);
      }
      await page.getByRole('button', { name: '日本語' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'ja');
      await page.getByRole('navigation').getByRole('link').nth(2).click();
      await waitForView(page);
      await page.getByRole('button', { name: jaCommon.currency.USD, exact: true }).click();
      await page.waitForFunction(() => new URLSearchParams(location.search).get('currency') === 'USD');
      await settle(page);
      expect(await page.locator('figure .recharts-cartesian-axis-tick-value').first().textContent()).toMatch(
        /ドル/,
      );

      // A fresh navigation to another view, straight from the address bar, is served offline too.
      await page.goto(appUrl(browser.baseURL, { view: 'timeline', lang: 'ja', currency: 'USD' }));
      await waitForView(page);
      await settle(page);
      expect(await page.locator('main h2').first().textContent()).toContain('2014年');
    } finally {
      await context.setOffline(false);
    }
    expect(browser.errors.pageErrors.map((e) => e.message)).toEqual([]);
  });

  it('opens the deck offline, steps through every slide, and switches language and currency', async () => {
    const { page, context } = browser.browser;
    // The first test's visit installed the worker; this one makes sure of it before the network goes.
    await page.goto(appUrl(browser.baseURL, { lang: 'en' }));
    await waitForView(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 20_000,
    });
    await context.setOffline(true);
    try {
      await page.goto(appUrl(browser.baseURL, { mode: 'deck', slide: 'headline', lang: 'en' }));
      await waitForDeck(page);
      for (const [i, slide] of SLIDES.entries()) {
        expect(await currentSlide(page)).toBe(slide);
        expect(await counterText(page)).toBe(`${i + 1} / ${SLIDES.length}`);
        expect(await page.locator('.deck-slide[data-current] h2').first().isVisible()).toBe(true);
        expect(await page.getByRole('alert').count()).toBe(0);
        if (i < SLIDES.length - 1) {
          await page.keyboard.press('ArrowRight');
          await expect.poll(() => searchParams(page).get('slide')).toBe(SLIDES[i + 1]);
          await waitForDeck(page);
        }
      }
      await page.keyboard.press('Home');
      await expect.poll(() => currentSlide(page)).toBe('headline');
      await page.keyboard.press('l');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ja');
      await page.keyboard.press('c');
      await expect.poll(() => searchParams(page).get('currency')).toBe('USD');
      await waitForDeck(page);
      expect(await page.locator('.deck-slide[data-current]').textContent()).toMatch(/ドル/);
      expect(await counterText(page)).toBe(`1／${SLIDES.length}`);
    } finally {
      await context.setOffline(false);
    }
    expect(browser.errors.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
