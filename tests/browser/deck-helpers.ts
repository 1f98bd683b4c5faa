// Helpers for the deck and the presenter's window.
import type { Page } from 'playwright-core';
import { appUrl, settle } from './browser';

export const SLIDES = ['headline', 'compare', 'japan', 'apac', 'timeline', 'sources'] as const;
export type SlideId = (typeof SLIDES)[number];
export const FULL_HD = { width: 1920, height: 1080 } as const;
export const HD = { width: 1280, height: 720 } as const;

/** Waits until the deck shows a slide whose charts have drawn. */
export async function waitForDeck(page: Page): Promise<void> {
  await page.locator('.deck-slide[data-current] .slide-box').waitFor({ state: 'visible', timeout: 30_000 });
  await settle(page);
}

/** Opens the deck at `slide` with extra parameters, and waits for it. */
export async function openDeck(
  page: Page,
  baseURL: string,
  slide: SlideId,
  params: Record<string, string> = {},
): Promise<void> {
  await page.goto(appUrl(baseURL, { mode: 'deck', slide, ...params }));
  await waitForDeck(page);
}

/** The slide the deck shows. */
export function currentSlide(page: Page): Promise<string | null> {
  return page.locator('.deck-slide[data-current]').getAttribute('data-slide');
}

/** The slide counter's visible text, e.g. "3 / 6". */
export async function counterText(page: Page): Promise<string> {
  return (await page.locator('.deck-counter').evaluate((el) => el.firstChild?.textContent ?? '')).trim();
}

export interface SlideFit {
  slide: string;
  /** How far the page scrolls, sideways and down (0 and 0 when there are no scrollbars). */
  pageOverflow: [number, number];
  /** How far the slide's content runs past its box (0 when it fits). */
  contentOverflow: number;
}

/** Whether the current slide and the page fit the viewport without scrolling or clipping. */
export function slideFit(page: Page): Promise<SlideFit> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const slide = document.querySelector<HTMLElement>('.deck-slide[data-current]');
    const box = slide?.querySelector<HTMLElement>('.slide-box');
    const content = box?.querySelector<HTMLElement>('.slide-content');
    const body = box?.querySelector<HTMLElement>('.slide-body');
    let contentOverflow = Number.POSITIVE_INFINITY;
    if (box && content && body) {
      const boxBottom = box.getBoundingClientRect().bottom;
      const footerBottom = content.lastElementChild?.getBoundingClientRect().bottom ?? 0;
      contentOverflow = Math.max(
        0,
        body.scrollHeight - body.clientHeight,
        content.scrollHeight - content.clientHeight,
        box.scrollHeight - box.clientHeight,
        box.scrollWidth - box.clientWidth,
        footerBottom - boxBottom,
      );
    }
    return {
      slide: slide?.dataset.slide ?? '',
      pageOverflow: [root.scrollWidth - root.clientWidth, root.scrollHeight - root.clientHeight],
      contentOverflow,
    };
  });
}

/** The computed font sizes (px) of every text in the current slide's charts. */
export function chartFontSizes(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.deck-slide[data-current] .recharts-surface text')]
      .filter((el) => (el.textContent ?? '').trim() !== '')
      .map((el) => parseFloat(getComputedStyle(el).fontSize)),
  );
}
