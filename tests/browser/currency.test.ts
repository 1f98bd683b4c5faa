// The currency switch and the exchange rate: what the figures show, what the URL says, and the rate in use.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import { DESKTOP, openView, recordCell, screenshot, searchParams, settle, useSharedBrowser } from './browser';

const SHOWN = enCommon.table.shown;
const INVALID_RATE = enCommon.rate.customInvalid.replace('{{min}}', '50').replace('{{max}}', '400');

const currencyButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Currency' }).getByRole('button', { name, exact: true });
const rateSelect = (page: Page) => page.getByRole('combobox', { name: 'Exchange rate' });
const customRate = (page: Page) => page.getByRole('textbox', { name: 'Yen per dollar' });
const rateInUse = (page: Page) =>
  page.locator('p').filter({ has: page.getByText(enCommon.rate.inUse, { exact: true }) });
const headlineFigure = (page: Page) =>
  page.getByRole('article', { name: /Japan commitment/ }).locator('.card-figure');

describe('currency and exchange rate', () => {
  const browser = useSharedBrowser({ viewport: DESKTOP });

  it('Dollars shows ~$10 billion in the headline card and writes currency=USD', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { lang: 'en' });
    expect(await headlineFigure(page).textContent()).toBe('¥1.6 trillion');

    await currencyButton(page, 'Dollars').click();
    await expect.poll(() => headlineFigure(page).textContent()).toBe('~$10 billion');
    expect(searchParams(page).get('currency')).toBe('USD');
    expect(await currencyButton(page, 'Dollars').getAttribute('aria-pressed')).toBe('true');
    expect(await currencyButton(page, 'Yen').getAttribute('aria-pressed')).toBe('false');
    expect(browser.errors.all()).toEqual([]);
  });

  it('the Japan table shows ms-jp-2026 as ~$10 billion in dollars and ¥1.6 trillion in yen', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { view: 'japan', lang: 'en', currency: 'USD' });
    expect(await recordCell(page, 'ms-jp-2026', SHOWN)).toMatch(/^~\$10 billion/);

    await currencyButton(page, 'Yen').click();
    await expect.poll(() => recordCell(page, 'ms-jp-2026', SHOWN)).toBe('¥1.6 trillion');
    expect(searchParams(page).get('currency') ?? 'JPY').toBe('JPY');
    expect(browser.errors.all()).toEqual([]);
  });

  it("the announcement year's average writes rate=year and converts each figure at its own year", async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { view: 'japan', lang: 'en', currency: 'USD' });
    const atArticleRate = await recordCell(page, 'ms-jp-2014', SHOWN);

    await rateSelect(page).selectOption('year');
    await expect.poll(() => searchParams(page).get('rate')).toBe('year');
    expect(await rateSelect(page).inputValue()).toBe('year');
    await expect.poll(() => rateInUse(page).textContent()).toContain(enCommon.rate.yearModeNote);
    // ¥29 billion of 2014 at the 2014 average (¥105.74/$) is not what it is at the article's ¥160/$.
    const atYearRate = await recordCell(page, 'ms-jp-2014', SHOWN);
    expect(atYearRate).not.toBe(atArticleRate);
    expect(atYearRate).toContain('2014');
    // The 2026 commitment has no 2026 average in the record: it stays at the article's rate.
    expect(await recordCell(page, 'ms-jp-2026', SHOWN)).toMatch(/^~\$10 billion/);
    expect(browser.errors.all()).toEqual([]);
  });

  it('a custom rate of 100 shows ms-jp-2026 as ~$16 billion and writes rate=100', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { view: 'japan', lang: 'en', currency: 'USD' });
    await rateSelect(page).selectOption('custom');
    await customRate(page).waitFor();
    // Choosing "my rate" starts from the rate in use, so nothing changes until the user types.
    expect(await customRate(page).inputValue()).toBe('160');

    await customRate(page).fill('100');
    await customRate(page).press('Enter');
    await expect.poll(() => searchParams(page).get('rate')).toBe('100');
    await expect.poll(() => recordCell(page, 'ms-jp-2026', SHOWN)).toMatch(/^~\$16 billion/);
    expect(await rateInUse(page).textContent()).toContain('¥100/$');
    expect(browser.errors.all()).toEqual([]);
  });

  it('an invalid custom rate shows an error and keeps the previous rate and URL', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { view: 'japan', lang: 'en', currency: 'USD', rate: '100' });
    await customRate(page).waitFor();
    expect(await customRate(page).inputValue()).toBe('100');
    const before = page.url();

    for (const typed of ['abc', '1000', '-5']) {
      await customRate(page).fill(typed);
      await customRate(page).press('Enter');
      const alert = page.getByRole('alert').filter({ hasText: INVALID_RATE });
      await alert.waitFor({ state: 'visible' });
      expect(await customRate(page).getAttribute('aria-invalid'), typed).toBe('true');
      expect(page.url(), typed).toBe(before);
      expect(await recordCell(page, 'ms-jp-2026', SHOWN), typed).toMatch(/^~\$16 billion/);
      expect(await rateInUse(page).textContent(), typed).toContain('¥100/$');
    }

    // A valid number clears the error.
    await customRate(page).fill('150');
    await customRate(page).press('Enter');
    await expect.poll(() => searchParams(page).get('rate')).toBe('150');
    expect(await customRate(page).getAttribute('aria-invalid')).toBe('false');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(browser.errors.all()).toEqual([]);
  });

  it('the rate in use is visible in every currency and rate mode', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { view: 'japan', lang: 'en' });
    const seen: string[] = [];
    for (const currency of ['Yen', 'Dollars', 'As announced']) {
      await currencyButton(page, currency).click();
      for (const rate of ['article', 'year', 'custom']) {
        await rateSelect(page).selectOption(rate);
        const line = rateInUse(page);
        expect(await line.isVisible(), `${currency} / ${rate}`).toBe(true);
        const text = (await line.textContent()) ?? '';
        const explanation = text.slice(text.indexOf(':') + 1).trim();
        expect(explanation.length, `${currency} / ${rate}: "${text}"`).toBeGreaterThan(5);
        expect(explanation, `${currency} / ${rate}`).not.toBe('…');
        if (currency === 'As announced') expect(text).toContain(enCommon.rate.notUsed);
        seen.push(`${currency} / ${rate}`);
      }
    }
    expect(seen).toHaveLength(9);
    expect(browser.errors.all()).toEqual([]);
  });

  it("'As announced' in the Japan view draws one chart per currency", async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { view: 'japan', lang: 'en' });
    expect(await page.locator('main .recharts-wrapper').count()).toBe(1);

    await currencyButton(page, 'As announced').click();
    await expect.poll(() => searchParams(page).get('currency')).toBe('original');
    await expect.poll(() => page.locator('main .recharts-wrapper').count()).toBe(2);
    await settle(page);
    const panels = page.locator('main figure h3');
    expect(await panels.allTextContents()).toEqual([
      expect.stringMatching(/^Amounts in /),
      expect.stringMatching(/^Amounts in /),
    ]);
    expect(new Set(await panels.allTextContents()).size).toBe(2);
    expect(await page.getByText(enCommon.japan.subtitleOriginal).isVisible()).toBe(true);
    // Nothing is converted, so the table shows the amounts as announced only.
    expect(await recordCell(page, 'ms-jp-2026', enCommon.table.amount)).toBe('¥1.6 trillion');
    expect(await recordCell(page, 'ms-jp-2026', SHOWN)).toBeUndefined();
    await screenshot(page, 'japan-en-as-announced', { fullPage: true });
    expect(browser.errors.all()).toEqual([]);
  });
});
