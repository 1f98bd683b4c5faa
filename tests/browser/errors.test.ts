// When data/commitments.json fails: a server error (with Retry), a truncated file, a record of the wrong type,
// and a language switch that keeps working while the error is shown.
import type { Locator, Page, Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import jaCommon from '../../locales/ja/common.json';
import {
  DESKTOP,
  appUrl,
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
});
