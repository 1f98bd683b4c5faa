// Themes: light, dark, high contrast and auto (the system's), on <html data-theme>; axe (WCAG 2.2 AA and best
// practice) finds nothing in any of them, in either language, on the dashboard's views, the deck's slides and the
// presenter's window.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import enPresent from '../../locales/en/present.json';
import { LANGS, VIEWS, openView, screenshot, searchParams, settle, useSharedBrowser } from './browser';
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
      it(`axe finds nothing in the ${theme} theme (${lang}): every view`, async () => {
        const { page } = browser;
        for (const view of VIEWS) {
          await openView(page, browser.baseURL, { view, lang, theme });
          const report = await axeReport(page);
          expect(report, `${view}, ${theme}, ${lang}:\n${report}`).toBe('');
        }
        await screenshot(page, `theme-${theme}-sources-${lang}`);
        expect(browser.errors.all()).toEqual([]);
      });

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
  });
});
