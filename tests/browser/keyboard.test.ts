// Keyboard, screen reader and motion: Tab walks every control of every view in document order, each with a visible
// focus indicator and never on something unseen; each chart is a figure with a caption and a data table that the
// accessibility tree exposes; with reduced motion nothing animates or transitions, and bars appear at their size.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { THEMES } from '../../src/lib/url-state';
import { DESKTOP, LANGS, VIEWS, launchBrowser, openView, useSharedBrowser } from './browser';
import type { Lang, ViewId } from './browser';

interface FocusStop {
  /** Position of the element among the page's tabbable elements, in document order; -1 when it is not one. */
  index: number;
  what: string;
  indicator: boolean;
  visible: boolean;
  problem: string;
}

/** Marks the page's tabbable elements in document order (data-tab-order) and returns how many there are. */
function markTabbables(page: Page): Promise<number> {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex], svg[tabindex]',
    );
    let n = 0;
    for (const el of candidates) {
      el.removeAttribute('data-tab-order');
      const disabled = (el as HTMLButtonElement).disabled === true;
      const tabIndex = el.tabIndex;
      const style = getComputedStyle(el);
      // A closed <details> hides all but its summary from the keyboard, though its content still has boxes.
      const folded = el.tagName !== 'SUMMARY' && el.closest('details:not([open])') !== null;
      const rendered = el.getClientRects().length > 0 && style.visibility !== 'hidden' && !folded;
      // The skip link is off screen until focused: it is tabbable all the same.
      if (disabled || tabIndex < 0 || !rendered) continue;
      el.setAttribute('data-tab-order', String(n));
      n += 1;
    }
    return n;
  });
}

/** Where focus is now: its place in the tab order, and whether it shows a focus indicator and can be seen. */
function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | SVGElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const box = el.getBoundingClientRect();
    let hidden = '';
    for (let node: Element | null = el; node; node = node.parentElement) {
      const s = getComputedStyle(node);
      if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) {
        hidden = `hidden by <${node.tagName.toLowerCase()}>`;
        break;
      }
    }
    const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0;
    const inViewport = box.top < window.innerHeight && box.left < window.innerWidth;
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
    return {
      index: Number(el.getAttribute('data-tab-order') ?? -1),
      what: `<${el.tagName.toLowerCase()}> "${name}"`,
      indicator: outline || shadow,
      visible: !hidden && inView && inViewport,
      problem: hidden || (!inView ? 'zero size or off screen' : !inViewport ? 'outside the viewport' : ''),
    };
  });
}

/** Presses Tab through the whole page from the top; returns the problems found. */
async function walk(page: Page, label: string): Promise<{ stops: number; problems: string[] }> {
  let expected = await markTabbables(page);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const problems: string[] = [];
  let previous = -1;
  let stops = 0;
  for (let i = 0; i < expected + 2; i += 1) {
    await page.keyboard.press('Tab');
    let stop = await focusStop(page);
    if (!stop) break;
    // Controls that appear as focus moves (the map's panel lists the focused country's sources) are numbered
    // when reached: anything still unnumbered after that is not a control the page offers to the keyboard.
    if (stop.index === -1) {
      expected = await markTabbables(page);
      stop = (await focusStop(page)) ?? stop;
      if (stop.index > previous) previous = stop.index - 1;
    }
    if (stop.index <= previous) break; // wrapped round to the top: the walk is over
    stops += 1;
    if (stop.index === -1) problems.push(`${label}: focus on ${stop.what}, which is not a tabbable control`);
    if (stop.index !== previous + 1)
      problems.push(`${label}: after #${previous} focus jumped to #${stop.index} ${stop.what}`);
    if (!stop.indicator) problems.push(`${label}: ${stop.what} shows no focus outline or ring`);
    if (!stop.visible) problems.push(`${label}: ${stop.what} is focused but not visible (${stop.problem})`);
    previous = stop.index;
  }
  if (stops !== expected) problems.push(`${label}: Tab reached ${stops} of ${expected} controls`);
  return { stops, problems };
}

describe('keyboard only', () => {
  const browser = useSharedBrowser({ viewport: DESKTOP });

  for (const lang of LANGS) {
    it(`Tab reaches every control of every view in order, each with a visible focus (${lang})`, async () => {
      const { page } = browser;
      const problems: string[] = [];
      for (const view of VIEWS) {
        await openView(page, browser.baseURL, { view, lang });
        const result = await walk(page, `${view}/${lang}`);
        expect(result.stops, `${view}/${lang}: controls reached`).toBeGreaterThan(10);
        problems.push(...result.problems);
      }
      expect(problems).toEqual([]);
      expect(browser.errors.all()).toEqual([]);
    });
  }

  it('focus is visible in every theme', async () => {
    const { page } = browser;
    const problems: string[] = [];
    for (const theme of THEMES) {
      await openView(page, browser.baseURL, { view: 'japan', lang: 'en', theme });
      problems.push(...(await walk(page, `japan/en/${theme}`)).problems);
    }
    expect(problems).toEqual([]);
  });

  it('the walk catches a control that hides its focus (so a clean walk means something)', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { view: 'overview', lang: 'en' });
    // Through the CSSOM: the Content-Security-Policy refuses a <style> element added by script.
    await page.evaluate(() => {
      for (const a of document.querySelectorAll<HTMLElement>('nav a'))
        a.style.setProperty('outline', 'none', 'important');
    });
    const { problems } = await walk(page, 'planted');
    expect(problems.some((p) => p.includes('shows no focus outline'))).toBe(true);
  });
});

/** The chart views, and how many charts (figures with a data table) each has. */
const CHART_VIEWS: readonly ViewId[] = ['timeline', 'japan', 'apac'];

describe('charts for screen readers', () => {
  const browser = useSharedBrowser({ viewport: DESKTOP });

  for (const lang of LANGS) {
    it(`each chart is a named figure with a caption and a data table in the accessibility tree (${lang})`, async () => {
      const { page } = browser;
      for (const view of CHART_VIEWS) {
        await openView(page, browser.baseURL, { view, lang: lang as Lang });
        const figures = page.getByRole('figure');
        const count = await figures.count();
        expect(count, `${view}: figures`).toBeGreaterThan(0);
        for (let i = 0; i < count; i += 1) {
          const figure = figures.nth(i);
          const context = `${view}/${lang} figure ${i}`;
          // Named by its title (aria-labelledby) and captioned by its source line.
          const name = await figure.evaluate((el) => {
            const ids = el.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
            return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
          });
          expect(name.trim().length, `${context}: accessible name`).toBeGreaterThan(5);
          expect(await figure.locator(':scope > figcaption').count(), `${context}: figcaption`).toBe(1);
          expect((await figure.locator(':scope > figcaption').innerText()).trim(), context).not.toBe('');
          // The chart itself is drawn, and its text alternative is a table a screen reader can reach.
          expect(await figure.locator('svg.recharts-surface').count(), `${context}: chart`).toBeGreaterThan(
            0,
          );
          const tables = figure.getByRole('table');
          expect(await tables.count(), `${context}: tables`).toBeGreaterThan(0);
          const table = tables.first();
          expect(
            await table.evaluate((t) => (t as HTMLTableElement).caption?.textContent?.trim() ?? ''),
          ).not.toBe('');
          expect(await table.getByRole('columnheader').count(), `${context}: column headers`).toBeGreaterThan(
            3,
          );
          expect(await table.getByRole('rowheader').count(), `${context}: row headers`).toBeGreaterThan(0);
          // The tree a screen reader gets: a figure, then a table named by its caption, with its header cells.
          const tree = await figure.ariaSnapshot();
          const head = tree.split('\n').slice(0, 2).join(' | ');
          expect(/^- '?figure "/.test(tree), `${context}: tree starts ${head}`).toBe(true);
          expect(/\n\s*- '?table "/.test(tree), `${context}: a named table in the tree`).toBe(true);
          expect(/\n\s*- '?columnheader "/.test(tree), `${context}: column headers in the tree`).toBe(true);
        }
      }
      expect(browser.errors.all()).toEqual([]);
    });
  }
});

describe('reduced motion', () => {
  it('nothing animates or transitions, and a currency switch draws the bars at their final size at once', async () => {
    const baseURL = inject('baseURL');
    const reduced = await launchBrowser({ viewport: DESKTOP, reducedMotion: 'reduce' });
    try {
      const { page } = reduced;
      for (const view of VIEWS) {
        await openView(page, baseURL, { view, lang: 'en' });
        const moving = await page.evaluate(() => {
          const seconds = (list: string) => list.split(',').map((v) => parseFloat(v) || 0);
          const out: string[] = [];
          for (const el of [document.documentElement, ...document.querySelectorAll('*')]) {
            for (const pseudo of [null, '::before', '::after']) {
              const s = getComputedStyle(el, pseudo);
              const animated = s.animationName !== 'none' && seconds(s.animationDuration).some((d) => d > 0);
              const transitioned = seconds(s.transitionDuration).some((d) => d > 0);
              if (animated || transitioned)
                out.push(
                  `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">${pseudo ?? ''}`,
                );
            }
          }
          // SMIL animation inside the charts' SVG.
          out.push(
            ...[...document.querySelectorAll('animate, animateTransform, animateMotion')].map(
              () => 'svg animate',
            ),
          );
          return out.slice(0, 10);
        });
        expect(moving, view).toEqual([]);
      }

      await openView(page, baseURL, { view: 'japan', lang: 'en' });
      // A transition that a later rule asks for is cancelled too.
      const planted = await page.evaluate(() => {
        const main = document.querySelector('main')!;
        main.style.transition = 'opacity 2s ease 0.5s';
        return getComputedStyle(main).transitionDuration;
      });
      expect(planted).toBe('0s');

      const widths = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('.recharts-bar-rectangle path')].map((p) =>
            Math.round((p as SVGGraphicsElement).getBBox().width),
          ),
        );
      const before = await widths();
      await page.getByRole('button', { name: 'Dollars' }).click();
      // The first frame after the switch already shows the new bars at their final size.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      const first = await widths();
      await page.waitForTimeout(600);
      const settled = await widths();
      expect(first).toEqual(settled);
      expect(settled.length).toBeGreaterThan(0);
      expect(settled).not.toEqual(before);
    } finally {
      await reduced.close();
    }
  });
});
