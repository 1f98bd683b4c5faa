// Every view in English and Japanese: screenshots (desktop and phone), no errors, the document follows the
// language, nothing English leaks into Japanese, no raw i18n keys, and the language switch and its memory.
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
  launchBrowser,
  openView,
  pageText,
  screenshot,
  searchParams,
  settle,
  useSharedBrowser,
  waitForView,
} from './browser';

const COMMON = { en: enCommon, ja: jaCommon } as const;

/** English UI words that must never show on a Japanese page (data such as an English article title may). */
const ENGLISH_UI = [
  'Exchange rate',
  'Rate in use',
  'Sources',
  'Source:',
  'Public record',
  'period not stated',
  'Data table',
  'Skip to content',
  'Headline',
  'Dollars',
  'As announced',
  'trillion',
  'Announced',
  'Provenance',
  'opens in a new tab',
];

// A raw key such as `overview.title` or `rate.basis.custom`: a top-level namespace of the locale files, then one or
// more dotted names. A token that ends like a host name (state.gov, japannews.yomiuri.co.jp) is a source, not a key.
const NAMESPACES = Object.keys(enCommon).join('|');
const RAW_KEY = new RegExp(`(?<![\\w.-])(?:${NAMESPACES})(?:\\.[A-Za-z][\\w-]*)+`, 'g');
const HOST_ENDING = /\.(?:com|org|net|gov|edu|int|io|ai|co|jp|au|sg|my|in|kr|th|tw|uk|id)$/;

function rawKeys(text: string): string[] {
  return (text.match(RAW_KEY) ?? []).filter((token) => !HOST_ENDING.test(token));
}

/** Japanese text followed by a Latin full stop, comma, semicolon or colon (the Japanese UI uses 。、：). */
function latinPunctuation(text: string): string[] {
  const pattern = /[\u3040-\u30ff\u4e00-\u9fff\uff08\uff09\u300c\u300d][.,;:](?=\s|$)/gu;
  return [...text.matchAll(pattern)].map((m) => text.slice(Math.max(0, m.index - 20), m.index + 15));
}

/** Each source line (and each sources cell) that cites the same source more than once, with the repeated citation. */
function sourceLineDuplicates(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const line of document.querySelectorAll('main .source-line, main .cell-sources')) {
      const citations = [...line.querySelectorAll(':scope > span')].map((span) =>
        (span.textContent ?? '').replace(/^(; |、)/, '').trim(),
      );
      const seen = new Set<string>();
      for (const citation of citations) {
        if (seen.has(citation))
          found.push(`"${citation.slice(0, 60)}" in "${line.textContent?.slice(0, 80)}…"`);
        seen.add(citation);
      }
    }
    return found;
  });
}

describe('languages', () => {
  const browser = useSharedBrowser({ viewport: DESKTOP }, { resetViewport: true });

  for (const lang of LANGS) {
    const other = lang === 'en' ? 'ja' : 'en';
    for (const view of VIEWS) {
      it(`${view} in ${lang}: screenshots, document language and title, translated text, no errors`, async () => {
        const { page } = browser;
        await openView(page, browser.baseURL, { view, lang });
        await screenshot(page, `${view}-${lang}`, { fullPage: true });
        const text = await pageText(page);
        // Text the page marks as English (a source's English title, the article's) is not the interface's.
        const uiText = await page.evaluate(() => {
          const english = [...document.body.querySelectorAll<HTMLElement>('[lang="en"]')];
          const shown = english.map((e) => e.style.display);
          for (const e of english) e.style.display = 'none';
          const text = document.body.innerText;
          english.forEach((e, i) => (e.style.display = shown[i] ?? ''));
          return text;
        });
        const citations = await sourceLineDuplicates(page);
        const documentLang = await page.evaluate(() => document.documentElement.lang);
        const title = await page.title();
        const h1 = await page.getByRole('heading', { level: 1 }).textContent();
        const current = await page
          .getByRole('link', { name: COMMON[lang].nav[view], exact: true })
          .getAttribute('aria-current');
        await page.setViewportSize(PHONE);
        await settle(page);
        await screenshot(page, `${view}-${lang}-phone`, { fullPage: true });

        // Soft, so that one finding does not hide the others.
        expect.soft(documentLang, '<html lang>').toBe(lang);
        expect.soft(title, 'document.title').toContain(COMMON[lang].app.title);
        expect.soft(title, 'document.title').toContain(COMMON[lang].nav[view]);
        expect.soft(title, 'document.title').not.toContain(COMMON[other].app.title);
        expect.soft(h1, 'h1').toBe(COMMON[lang].app.title);
        expect.soft(current, 'aria-current of the view link').toBe('page');
        expect.soft(rawKeys(text), 'raw i18n keys on the page').toEqual([]);
        expect.soft(text, 'interpolation placeholders on the page').not.toMatch(/\{\{\w+\}\}/);
        if (lang === 'ja') {
          expect
            .soft(
              ENGLISH_UI.filter((word) => uiText.includes(word)),
              'English UI words',
            )
            .toEqual([]);
          expect.soft(latinPunctuation(uiText), 'Latin punctuation after Japanese text').toEqual([]);
        }
        expect.soft(citations, 'a source cited twice in one source line').toEqual([]);
        expect(browser.errors.all()).toEqual([]);
      });
    }
  }

  it('shows the headline in the language: ¥1.6 trillion in English, 1.6兆円 in Japanese', async () => {
    const { page } = browser;
    const headline = page.getByRole('article', { name: /Japan commitment|日本投資/ }).locator('.card-figure');

    await openView(page, browser.baseURL, { lang: 'en' });
    await expect(headline.textContent()).resolves.toBe('¥1.6 trillion');

    await openView(page, browser.baseURL, { lang: 'ja' });
    await expect(headline.textContent()).resolves.toBe('1.6兆円');
    expect(browser.errors.all()).toEqual([]);
  });

  it('switches the language in place, without a reload, and writes lang=ja into the URL', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { view: 'japan', lang: 'en' });
    await page.evaluate(() => {
      (window as unknown as { __marker?: number }).__marker = 1;
    });

    const languages = page.getByRole('group', { name: 'Language' });
    await languages.getByRole('button', { name: '日本語' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    await waitForView(page);

    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
    expect(searchParams(page).get('lang')).toBe('ja');
    expect(searchParams(page).get('view')).toBe('japan');
    const group = page.getByRole('group', { name: jaCommon.language.label });
    await expect(group.getByRole('button', { name: '日本語' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await expect(group.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe(
      'false',
    );
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(jaCommon.app.title);
    expect(await page.title()).toContain(jaCommon.app.title);
    expect(await page.title()).toContain(jaCommon.nav.japan);
    const text = await pageText(page);
    expect(ENGLISH_UI.filter((word) => text.includes(word))).toEqual([]);
    expect(browser.errors.all()).toEqual([]);
  });

  it('remembers the language: a later visit without the lang parameter opens in it', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { lang: 'ja' });
    // The same address without the parameter, as a reload of a bookmark without it would be.
    await openView(page, browser.baseURL);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(jaCommon.app.title);
    expect(searchParams(page).get('lang')).toBe('ja');

    // Switching back is remembered too.
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await openView(page, browser.baseURL);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(enCommon.app.title);

    // A plain reload keeps it as well.
    await page.reload();
    await waitForView(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(browser.errors.all()).toEqual([]);
  });

  it('opens in Japanese for a browser set to ja-JP when the link names no language', async () => {
    const japanese = await launchBrowser({ viewport: DESKTOP, locale: 'ja-JP' });
    try {
      const { page } = japanese;
      const jaErrors = collectPageErrors(page);
      await page.goto(appUrl(browser.baseURL));
      await waitForView(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(jaCommon.app.title);
      expect(await page.title()).toContain(jaCommon.app.title);
      await expect(
        page
          .getByRole('article', { name: /日本投資/ })
          .locator('.card-figure')
          .textContent(),
      ).resolves.toBe('1.6兆円');
      expect(searchParams(page).get('lang')).toBe('ja');
      expect(jaErrors.all()).toEqual([]);
    } finally {
      await japanese.close();
    }
  });
});
