// Accessibility: axe finds nothing in any view, in either language and in every theme; the keyboard order starts with
// the skip link, the language buttons, the view links and the currency buttons; Enter on a view link opens the view.
import { AxeBuilder } from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import enPresent from '../../locales/en/present.json';
import { THEMES } from '../../src/lib/url-state';
import { DESKTOP, LANGS, VIEWS, openView, searchParams, useSharedBrowser, waitForView } from './browser';

/** A select's text is its options' text. */
const THEME_OPTIONS = (['auto', 'light', 'dark', 'contrast'] as const)
  .map((t) => enPresent.theme[t])
  .join('');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One paragraph per violation: rule, impact, help, link, and each failing element with axe's summary. */
function formatViolations(violations: AxeResults['violations']): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 10)
        .map((n) => {
          const summary = (n.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
          return `    - ${n.target.join(' ')}\n      ${n.html.slice(0, 160)}\n      ${summary}`;
        })
        .join('\n');
      const more = v.nodes.length > 10 ? `\n    … and ${v.nodes.length - 10} more` : '';
      return `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

/** A short description of the focused element: tag, then its text or aria-label. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
    return `${el.tagName.toLowerCase()}:${name}`;
  });
}

describe('accessibility', () => {
  const browser = useSharedBrowser({ viewport: DESKTOP });

  // Every theme the URL can name, so that each theme is checked as soon as it exists.
  for (const theme of THEMES) {
    for (const lang of LANGS) {
      it(`axe finds no violations in any view (${lang}, theme ${theme})`, async () => {
        const { page } = browser;
        const reports: string[] = [];
        for (const view of VIEWS) {
          await openView(page, browser.baseURL, { view, lang, theme });
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          expect(results.passes.length, 'axe ran no rule').toBeGreaterThan(0);
          const report = formatViolations(results.violations);
          if (report) reports.push(`${view} (${lang}, theme ${theme}):\n${report}`);
        }
        expect(reports.join('\n\n')).toBe('');
        expect(browser.errors.all()).toEqual([]);
        // Nine views, each a full axe run over a page of tables and source lists.
      }, 240_000);
    }
  }

  it('the axe check catches a planted violation (so a clean result means something)', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { lang: 'en' });
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')?.append(img);
    });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toContain('image-alt');
    expect(formatViolations(results.violations)).toContain('image-alt');
  });

  it('Tab order: skip link, Present, theme, language buttons, view links, currency buttons', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { lang: 'en' });
    const order: string[] = [];
    for (let i = 0; i < 5 + VIEWS.length + 3; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    expect(order).toEqual([
      `a:${enCommon.app.skipToContent}`,
      `button:▶ ${enPresent.entry.present}`,
      `select:${THEME_OPTIONS}`,
      'button:English',
      'button:日本語',
      ...VIEWS.map((view) => `a:${enCommon.nav[view]}`),
      `button:${enCommon.currency.JPY}`,
      `button:${enCommon.currency.USD}`,
      `button:${enCommon.currency.original}`,
    ]);
  });

  it('the skip link moves focus to the main content', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { lang: 'en' });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`a:${enCommon.app.skipToContent}`);
    expect(await page.getByRole('link', { name: enCommon.app.skipToContent }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('Enter on a view link opens the view', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { lang: 'en' });
    // Tab to the "Japan" link: skip link, Present, theme, two language buttons, then the view links in order.
    const presses = 5 + VIEWS.indexOf('japan') + 1;
    for (let i = 0; i < presses; i += 1) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`a:${enCommon.nav.japan}`);

    await page.keyboard.press('Enter');
    await expect.poll(() => searchParams(page).get('view')).toBe('japan');
    await waitForView(page);
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe(enCommon.nav.japan);
    expect(await page.locator('main h2').first().textContent()).toMatch(/largest commitment in Japan/);
    expect(browser.errors.all()).toEqual([]);
  });
});
