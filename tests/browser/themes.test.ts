// Themes: light, dark, high contrast and auto (the system's), on <html data-theme>; axe (WCAG 2.2 AA and best
// practice) finds nothing in any of them, in either language, on the dashboard's views, the deck's slides and the
// presenter's window.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import enPresent from '../../locales/en/present.json';
import { join } from 'node:path';
import {
  LANGS,
  SCREENSHOT_DIR,
  openView,
  screenshot,
  searchParams,
  settle,
  useSharedBrowser,
} from './browser';
import { SLIDES, openDeck } from './deck-helpers';
import { appUrl } from './browser';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const THEMES = ['light', 'dark', 'contrast'] as const;

async function axeReport(page: Page): Promise<string> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.passes.length, 'axe ran no rule').toBeGreaterThan(0);
  return results.violations
    .map(
      (v) =>
        `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n${v.nodes
          .slice(0, 6)
          .map((n) => `    - ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`)
          .join('\n')}`,
    )
    .join('\n');
}

describe('themes', () => {
  const browser = useSharedBrowser({ viewport: { width: 1280, height: 800 } });

  it('the header control sets the theme on <html> and in the URL', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { lang: 'en' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('auto');
    await page.getByLabel(enPresent.theme.label).selectOption('contrast');
    await expect.poll(() => searchParams(page).get('theme')).toBe('contrast');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    const text = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(text).toBe('rgb(0, 0, 0)');
    await page.reload();
    await page.locator('main h2').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
  });

  for (const theme of THEMES) {
    for (const lang of LANGS) {
      // Every view in every theme and language is checked with axe in a11y.test.ts; here, the deck's slides.

      it(`axe finds nothing in the ${theme} theme (${lang}): every slide and the presenter view`, async () => {
        const { page } = browser;
        await openDeck(page, browser.baseURL, 'headline', { lang, theme });
        for (const slide of SLIDES) {
          if (slide !== 'headline') {
            await page.keyboard.press('ArrowRight');
            await expect.poll(() => searchParams(page).get('slide')).toBe(slide);
            await settle(page);
          }
          const report = await axeReport(page);
          expect(report, `slide ${slide}, ${theme}, ${lang}:\n${report}`).toBe('');
        }
        await screenshot(page, `theme-${theme}-deck-${lang}`);
        await page.goto(appUrl(browser.baseURL, { mode: 'presenter', slide: 'japan', lang, theme }));
        await page.locator('.presenter-current .slide-box').waitFor();
        await settle(page);
        const report = await axeReport(page);
        expect(report, `presenter, ${theme}, ${lang}:\n${report}`).toBe('');
        expect(browser.errors.all()).toEqual([]);
      });
    }
  }
});

describe('themes in the explorer: the map, per-year and records with their details open', () => {
  const browser = useSharedBrowser({ viewport: { width: 1280, height: 800 } });

  /** The map with a country's panel filled and the data table open; the per-year and records tables open. */
  async function checkExplorer(page: Page, baseURL: string, lang: string, theme: string): Promise<string[]> {
    const reports: string[] = [];
    await openView(page, baseURL, { view: 'map', lang, theme });
    await page.locator('g[data-country="JP"]').focus();
    await page.locator('.map-panel h3').waitFor();
    await page.locator('.map-figure details.figure-table summary').click();
    const map = await axeReport(page);
    if (map) reports.push(`map:\n${map}`);
    await openView(page, baseURL, { view: 'peryear', lang, theme });
    await page.locator('figure details.figure-table summary').first().click();
    const perYear = await axeReport(page);
    if (perYear) reports.push(`peryear:\n${perYear}`);
    // The filters narrowed, so that the bar shows its active state and the records view its count.
    await openView(page, baseURL, { view: 'records', lang, theme, investor: 'aws', provenance: 'article' });
    const records = await axeReport(page);
    if (records) reports.push(`records (filtered):\n${records}`);
    return reports;
  }

  for (const theme of [...THEMES, 'auto'] as const) {
    for (const lang of LANGS) {
      it(`axe finds nothing in the ${theme} theme (${lang})`, async () => {
        const { page } = browser;
        const reports = await checkExplorer(page, browser.baseURL, lang, theme);
        expect(reports.join('\n'), `${theme}, ${lang}`).toBe('');
        expect(browser.errors.all()).toEqual([]);
      });
    }
  }

  for (const theme of ['dark', 'contrast'] as const) {
    it(`the map's land, sea and bubbles follow the ${theme} theme; screenshots in both languages`, async () => {
      const { page } = browser;
      for (const lang of LANGS) {
        await openView(page, browser.baseURL, { view: 'map', lang, theme });
        await page.locator('svg.map .map-bubble').first().waitFor();
        const colours = await page.evaluate(() => {
          const css = (selector: string, property: string) =>
            getComputedStyle(document.querySelector(selector)!).getPropertyValue(property);
          const root = getComputedStyle(document.documentElement);
          return {
            sea: css('svg.map', 'background-color'),
            surface: (() => {
              const probe = document.createElement('div');
              probe.style.backgroundColor = root.getPropertyValue('--surface');
              document.body.append(probe);
              const value = getComputedStyle(probe).backgroundColor;
              probe.remove();
              return value;
            })(),
            land: css('svg.map .map-land', 'fill'),
            bubble: css('svg.map .map-bubble circle', 'fill'),
            label: css('svg.map .map-label', 'fill'),
            text: css('body', 'color'),
            page: css('body', 'background-color'),
          };
        });
        // Nothing is left in the light theme's colours: the sea is the theme's surface, labels its text.
        expect(colours.label).toBe(colours.text);
        expect(colours.sea).toBe(colours.surface);
        if (theme === 'dark') expect(colours.sea).not.toBe('rgb(255, 255, 255)');
        expect(colours.land).not.toBe(colours.sea);
        expect(colours.bubble).not.toBe(colours.land);
        await screenshot(page, `theme-${theme}-map-${lang}`);
        await page
          .locator('.map-figure')
          .screenshot({ path: join(SCREENSHOT_DIR, `theme-${theme}-map-figure-${lang}.png`) });
        await openView(page, browser.baseURL, { view: 'peryear', lang, theme });
        await page
          .locator('main figure')
          .first()
          .screenshot({ path: join(SCREENSHOT_DIR, `theme-${theme}-peryear-figure-${lang}.png`) });
      }
      expect(browser.errors.all()).toEqual([]);
    });
  }
});

describe('auto theme on a dark system', () => {
  const browser = useSharedBrowser({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });

  it('follows prefers-color-scheme, and axe finds nothing', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { lang: 'ja', view: 'japan' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('auto');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(18, 20, 23)',
    );
    const report = await axeReport(page);
    expect(report).toBe('');
    await openDeck(page, browser.baseURL, 'japan', { lang: 'en' });
    expect(await axeReport(page)).toBe('');
    for (const view of ['map', 'peryear', 'records', 'mine'] as const) {
      await openView(page, browser.baseURL, { lang: 'ja', view });
      const explorer = await axeReport(page);
      expect(explorer, view).toBe('');
    }
    await openView(page, browser.baseURL, { lang: 'en', view: 'map' });
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('svg.map')!).backgroundColor),
    ).not.toBe('rgb(255, 255, 255)');
  });
});
