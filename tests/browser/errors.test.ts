// When data/commitments.json fails: a server error (with Retry), a timeout (on Playwright's fake clock), a truncated
// file, wrong types, a record without its sources, a 10 MB file; each ends in a clear message in the current language,
// a Retry that works once the fault is gone, and a page whose language, currency and navigation keep working.
import type { Locator, Page, Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import jaCommon from '../../locales/ja/common.json';
import enReliability from '../../locales/en/reliability.json';
import jaReliability from '../../locales/ja/reliability.json';
import {
  DESKTOP,
  appUrl,
  collectPageErrors,
  launchBrowser,
  screenshot,
  searchParams,
  useSharedBrowser,
  waitForShell,
  waitForView,
} from './browser';

const COMMITMENTS = '**/data/commitments.json';
// The app retries a failed request twice (about 1 s and 2 s apart) before it shows the error.
const ERROR_TIMEOUT = 20_000;

const alert = (page: Page, title: string) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: title }) });

/** Serves commitments.json with `change` applied to its parsed JSON. */
function serveChanged(change: (json: { commitments: Record<string, unknown>[] }) => void) {
  return async (route: Route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { commitments: Record<string, unknown>[] };
    change(json);
    await route.fulfill({ response, body: JSON.stringify(json) });
  };
}

describe('data errors', () => {
  // The service worker would fetch the data itself, past page.route: these tests intercept, so they block it.
  const browser = useSharedBrowser({ viewport: DESKTOP, serviceWorkers: 'block' });

  afterEach(async () => {
    await browser.page.unrouteAll({ behavior: 'wait' });
  });

  /** Opens the app at `params` and waits, through the app's own retries, for the error alert headed `title`. */
  async function openAtError(params: Record<string, string>, title: string): Promise<Locator> {
    const { page } = browser;
    await page.goto(appUrl(browser.baseURL, params));
    await waitForShell(page);
    const error = alert(page, title);
    await error.waitFor({ state: 'visible', timeout: ERROR_TIMEOUT });
    return error;
  }

  it('a 500 shows "could not be loaded" and Retry, and Retry shows the dashboard once the server recovers', async () => {
    const { page } = browser;
    let requests = 0;
    await page.route(COMMITMENTS, async (route) => {
      requests += 1;
      await route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
    });

    const error = await openAtError({ lang: 'en' }, enCommon.state.networkTitle);
    expect(await error.textContent()).toContain('commitments.json');
    const retry = error.getByRole('button', { name: enCommon.state.retry });
    expect(await retry.isVisible()).toBe(true);
    expect(requests).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'error-network-en');

    await page.unroute(COMMITMENTS);
    await retry.click();
    await waitForView(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(
      await page
        .getByRole('article', { name: /Japan commitment/ })
        .locator('.card-figure')
        .textContent(),
    ).toBe('¥1.6 trillion');
    // Chromium reports each failed response as a console error; uncaught exceptions are bugs.
    expect(browser.errors.pageErrors.map((e) => e.message)).toEqual([]);
  });

  it('a truncated file shows the "invalid" message naming commitments.json', async () => {
    const { page } = browser;
    await page.route(COMMITMENTS, async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      await route.fulfill({ response, body: text.slice(0, Math.floor(text.length / 2)) });
    });

    const error = await openAtError({ lang: 'en' }, enCommon.state.invalidTitle);
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('commitments.json');
    expect(text).toContain('not valid JSON');
    expect(await error.getByRole('button', { name: enCommon.state.retry }).isVisible()).toBe(true);
    expect(browser.errors.all()).toEqual([]);
  });

  it('a record of the wrong type names the record and the field', async () => {
    const { page } = browser;
    await page.route(
      COMMITMENTS,
      serveChanged((json) => {
        const record = json.commitments.find((c) => c.id === 'ms-jp-2026');
        if (!record) throw new Error('ms-jp-2026 is not in commitments.json');
        (record.amount as { value: unknown }).value = 'lots';
      }),
    );

    const error = await openAtError({ lang: 'en' }, enCommon.state.invalidTitle);
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('commitments.json');
    expect(text).toContain('ms-jp-2026');
    expect(text).toContain('amount.value');
    expect(text).toContain('"lots"');
    await screenshot(page, 'error-invalid-record-en');
    expect(browser.errors.all()).toEqual([]);
  });

  it('the language switch works while the error is shown', async () => {
    const { page } = browser;
    await page.route(COMMITMENTS, (route) =>
      route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
    );
    await openAtError({ view: 'japan', lang: 'en' }, enCommon.state.networkTitle);
    await page.evaluate(() => {
      (window as unknown as { __marker?: number }).__marker = 1;
    });

    await page.getByRole('button', { name: '日本語' }).click();
    const jaError = alert(page, jaCommon.state.networkTitle);
    await jaError.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(jaCommon.app.title);
    expect(await jaError.getByRole('button', { name: jaCommon.state.retry }).isVisible()).toBe(true);
    expect(searchParams(page).get('lang')).toBe('ja');
    expect(searchParams(page).get('view')).toBe('japan');
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
    await screenshot(page, 'error-network-ja');

    // And back.
    await page.getByRole('button', { name: 'English' }).click();
    await alert(page, enCommon.state.networkTitle).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(browser.errors.pageErrors.map((e) => e.message)).toEqual([]);
  });

  /**
   * While an error is shown, the rest of the app works: the currency switch, the view links and the language switch
   * each change the page and the URL, and the error stays put, in the new language.
   */
  async function restStillWorks(page: Page, titles: { en: string; ja: string }): Promise<void> {
    await page.getByRole('button', { name: enCommon.currency.USD }).click();
    await expect.poll(() => searchParams(page).get('currency')).toBe('USD');
    expect(await page.getByRole('button', { name: enCommon.currency.USD }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const nav = page.getByRole('navigation', { name: enCommon.nav.label });
    await nav.getByRole('link', { name: enCommon.nav.apac }).click();
    await expect.poll(() => searchParams(page).get('view')).toBe('apac');
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe(enCommon.nav.apac);
    await alert(page, titles.en).waitFor({ state: 'visible' });
    await page.getByRole('button', { name: '日本語' }).click();
    await alert(page, titles.ja).waitFor({ state: 'visible' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(jaCommon.app.title);
    expect(searchParams(page).get('lang')).toBe('ja');
    await page.getByRole('button', { name: 'English' }).click();
    await alert(page, titles.en).waitFor({ state: 'visible' });
  }

  /** Retry, once the fault is gone, shows the view that was asked for, with the settings made meanwhile. */
  async function retryRecovers(page: Page, error: Locator, retryLabel = enCommon.state.retry): Promise<void> {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await error.getByRole('button', { name: retryLabel }).click();
    await waitForView(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('main h2').count()).toBeGreaterThan(0);
  }

  it('a 500 leaves language, currency and navigation working, and Retry then shows the chosen view', async () => {
    const { page } = browser;
    await page.route(COMMITMENTS, (route) =>
      route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
    );
    const error = await openAtError({ lang: 'en' }, enCommon.state.networkTitle);
    await restStillWorks(page, { en: enCommon.state.networkTitle, ja: jaCommon.state.networkTitle });
    await retryRecovers(page, error);
    // The view and currency chosen while the error was shown.
    expect(searchParams(page).get('view')).toBe('apac');
    expect(await recordCellText(page, 'ms-in-2025-dec')).toContain('$17.5 billion');
    expect(browser.errors.pageErrors.map((e) => e.message)).toEqual([]);
  });

  it('wrong types in the file (a list that is not a list) name the file, in Japanese', async () => {
    const { page } = browser;
    await page.route(COMMITMENTS, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ commitments: { a: 1 } }) }),
    );
    const error = await openAtError({ lang: 'ja' }, jaCommon.state.invalidTitle);
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('commitments.json');
    expect(text).toContain(jaCommon.state.invalidBody);
    await retryRecovers(page, error, jaCommon.state.retry);
    expect(browser.errors.all()).toEqual([]);
  });

  it('a record without its sources is refused, naming the record and the field, in Japanese too', async () => {
    const { page } = browser;
    await page.route(
      COMMITMENTS,
      serveChanged((json) => {
        const record = json.commitments.find((c) => c.id === 'aws-jp-article');
        if (!record) throw new Error('aws-jp-article is not in commitments.json');
        delete record.sources;
      }),
    );
    const error = await openAtError({ view: 'japan', lang: 'ja' }, jaCommon.state.invalidTitle);
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('aws-jp-article');
    expect(text).toContain('sources');
    // No figure is shown that the dashboard cannot vouch for.
    expect(await page.locator('main tr[data-record]').count()).toBe(0);
    expect(await page.locator('main .recharts-surface').count()).toBe(0);
    await retryRecovers(page, error, jaCommon.state.retry);
    expect(browser.errors.all()).toEqual([]);
  });

  it('a 10 MB file is refused at once with a message, and the page stays responsive', async () => {
    const { page } = browser;
    const padding = ' '.repeat(10 * 1024 * 1024);
    await page.route(COMMITMENTS, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}${padding}` });
    });
    const started = Date.now();
    const error = await openAtError({ lang: 'en' }, enCommon.state.invalidTitle);
    expect(Date.now() - started).toBeLessThan(10_000);
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('commitments.json');
    expect(text).toMatch(/\b10\.\d MB, more than the 5 MB/);
    await screenshot(page, 'error-too-large-en');
    await restStillWorks(page, { en: enCommon.state.invalidTitle, ja: jaCommon.state.invalidTitle });
    await retryRecovers(page, error);
    expect(browser.errors.all()).toEqual([]);
  });

  it('no answer within 20 s ends in a timeout message (on a fake clock), and Retry works once the server answers', async () => {
    // The clock belongs to the whole browser context, so this test has a browser of its own.
    const fresh = await launchBrowser({ viewport: DESKTOP });
    try {
      const { page } = fresh;
      const errors = collectPageErrors(page);
      await page.clock.install();
      let requests = 0;
      // Never answered: the request hangs until the app gives up on it.
      await page.route(COMMITMENTS, () => {
        requests += 1;
      });
      await page.goto(appUrl(browser.baseURL, { lang: 'en' }));
      await waitForShell(page);
      const error = alert(page, enReliability.timeoutTitle);
      // The first try and the two retries, each given up after 20 s, with 1 s and 2 s between them.
      for (let i = 0; i < 10 && !(await error.isVisible()); i += 1) {
        await page.clock.fastForward(21_000);
        await page.waitForTimeout(50);
      }
      await error.waitFor({ state: 'visible', timeout: 5_000 });
      expect(requests).toBe(3);
      expect(await error.textContent()).toContain('commitments.json');
      expect(await page.getByRole('status').filter({ hasText: enCommon.state.loading }).count()).toBe(0);

      await page.getByRole('button', { name: '日本語' }).click();
      const jaError = alert(page, jaReliability.timeoutTitle);
      await jaError.waitFor({ state: 'visible' });
      await screenshot(page, 'error-timeout-ja');

      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await jaError.getByRole('button', { name: jaCommon.state.retry }).click();
      await waitForView(page);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(errors.pageErrors.map((e) => e.message)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

/** The text of the "shown" (converted) or amount cell of a record's table row. */
function recordCellText(page: Page, record: string): Promise<string> {
  return page.locator(`main tr[data-record="${record}"]`).first().innerText();
}
