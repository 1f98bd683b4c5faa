// Print: the deck prints every slide, one to a landscape 16:9 page; the dashboard prints without its navigation and
// controls, with its charts whole and its sources.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCREENSHOT_DIR, VIEWS, openView, screenshot, useSharedBrowser } from './browser';
import { FULL_HD, HD, SLIDES, openDeck } from './deck-helpers';

/** The pages of a PDF as [width, height] in points, read from their MediaBoxes. */
function pdfPages(pdf: Buffer): [number, number][] {
  const text = pdf.toString('latin1');
  const pages = [...text.matchAll(/\/Type\s*\/Page[^s]/g)].length;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map(
    (m) => [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])] as [number, number],
  );
  expect(boxes.length, 'one MediaBox per page').toBe(pages);
  return boxes;
}

async function printedSlides(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.deck-slide')].map((el) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const slideBox = el.querySelector<HTMLElement>('.slide-box')!.getBoundingClientRect();
      return {
        slide: el.dataset.slide,
        visible: style.visibility === 'visible' && style.display !== 'none' && style.opacity === '1',
        breakAfter: style.breakAfter,
        width: Math.round(box.width),
        height: Math.round(box.height),
        fits: slideBox.width <= box.width + 1 && slideBox.height <= box.height + 1,
      };
    }),
  );
}

describe('print', () => {
  const browser = useSharedBrowser({ viewport: FULL_HD }, { resetViewport: true });

  for (const size of [FULL_HD, HD]) {
    it(`lays out every slide of the deck one to a page, from a ${size.width}×${size.height} screen`, async () => {
      const { page } = browser;
      await page.setViewportSize(size);
      await openDeck(page, browser.baseURL, 'japan', { lang: 'en' });
      await page.emulateMedia({ media: 'print' });
      try {
        const slides = await printedSlides(page);
        expect(slides.map((s) => s.slide)).toEqual([...SLIDES]);
        for (const s of slides) {
          expect(s, s.slide).toMatchObject({ visible: true, width: 1280, height: 720, fits: true });
          if (s.slide !== 'sources') expect(s.breakAfter, s.slide).toBe('page');
        }
        expect(await page.locator('.deck-bar').isVisible()).toBe(false);
      } finally {
        await page.emulateMedia({ media: null });
      }
    });
  }

  it('prints the deck as one landscape page per slide (PDF)', async () => {
    const { page } = browser;
    await openDeck(page, browser.baseURL, 'compare', { lang: 'ja' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(SLIDES.length);
    for (const [width, height] of pages) {
      expect(width).toBeGreaterThan(height);
      // 13.333 × 7.5 in, PowerPoint's widescreen slide.
      expect(Math.round(width)).toBe(960);
      expect(Math.round(height)).toBe(540);
    }
  });

  for (const view of VIEWS) {
    it(`prints the ${view} view without navigation or controls, charts whole, sources kept`, async () => {
      const { page } = browser;
      await page.setViewportSize({ width: 1280, height: 800 });
      await openView(page, browser.baseURL, { view, lang: 'en' });
      await page.emulateMedia({ media: 'print' });
      try {
        for (const hidden of ['.view-nav', '.controls', '.header-controls', '.skip-link', '.present-button'])
          expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
        // Every view cites its sources: in source lines, or (Sources & notes, All records) in its tables. My records
        // has none to cite until something is imported, and its import form does not print.
        if (view !== 'mine')
          expect(
            await page.locator('main .source-line:visible, main .data-table:visible').count(),
          ).toBeGreaterThan(0);
        const charts = await page.evaluate(() =>
          [...document.querySelectorAll('main .chart')].map((chart) => {
            const style = getComputedStyle(chart);
            const svg = chart.querySelector('svg.recharts-surface')!.getBoundingClientRect();
            const box = chart.getBoundingClientRect();
            return {
              breakInside: style.breakInside,
              inside: svg.right <= box.right + 1 && svg.width > box.width * 0.9 && svg.height > 0,
            };
          }),
        );
        for (const chart of charts) expect(chart).toEqual({ breakInside: 'avoid', inside: true });
      } finally {
        await page.emulateMedia({ media: null });
      }
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdfPages(pdf).length).toBeGreaterThan(0);
    });
  }

  for (const view of ['map', 'peryear', 'records', 'mine'] as const) {
    it(`prints the explorer's ${view} view without filter controls, export menus or pagers`, async () => {
      const { page } = browser;
      await page.setViewportSize({ width: 1280, height: 800 });
      // A filter is on, so that the printout can say so.
      await openView(page, browser.baseURL, { view, lang: 'ja', investor: 'microsoft,aws' });
      if (view === 'map') await page.locator('svg.map .map-bubble').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      try {
        for (const hidden of [
          '.view-nav',
          '.controls',
          '.filter-toggle',
          '.filter-reset',
          '.filter-panel',
          '.figure-export',
          '.records-tools',
          '.pager',
          '.mine-import',
          '.map-hint',
          '.map-panel',
        ])
          expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
        expect(await page.locator('.filter-summary').isVisible(), 'the active filters are named').toBe(true);
        if (view === 'map') {
          const map = await page.evaluate(() => {
            const svg = document.querySelector('svg.map')!.getBoundingClientRect();
            const main = document.querySelector('main')!.getBoundingClientRect();
            return {
              whole: svg.left >= main.left - 1 && svg.right <= main.right + 1 && svg.height > 0,
              fullWidth: svg.width > main.width * 0.95,
              breakInside: getComputedStyle(document.querySelector('svg.map')!).breakInside,
            };
          });
          expect(map).toEqual({ whole: true, fullWidth: true, breakInside: 'avoid' });
        }
        if (view === 'peryear') {
          const charts = await page.evaluate(() =>
            [...document.querySelectorAll('main .chart')].map((chart) => {
              const svg = chart.querySelector('svg.recharts-surface')!.getBoundingClientRect();
              const box = chart.getBoundingClientRect();
              return svg.right <= box.right + 1 && svg.height > 0;
            }),
          );
          expect(charts.length).toBeGreaterThan(0);
          expect(charts.every(Boolean)).toBe(true);
        }
        if (view !== 'mine')
          expect(
            await page.locator('main .source-line:visible, main .data-table:visible').count(),
          ).toBeGreaterThan(0);
        await page.setViewportSize({ width: 794, height: 1123 });
        await screenshot(page, `print-${view}-ja`, { fullPage: true });
      } finally {
        await page.emulateMedia({ media: null });
      }
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdfPages(pdf).length).toBeGreaterThan(0);
      if (view === 'map') await writeFile(join(SCREENSHOT_DIR, 'print-map-ja.pdf'), pdf);
    });
  }
});
