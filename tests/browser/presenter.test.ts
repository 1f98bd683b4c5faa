// The presenter's window: opened from the deck (P), it shows the slide, the next one, notes in both languages and a
// stopwatch; the two windows move together both ways, over BroadcastChannel and, where there is none, postMessage.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import enPresent from '../../locales/en/present.json';
import jaPresent from '../../locales/ja/present.json';
import {
  appUrl,
  collectPageErrors,
  launchBrowser,
  screenshot,
  searchParams,
  settle,
  useSharedBrowser,
} from './browser';
import { currentSlide, openDeck } from './deck-helpers';

async function openPresenterWithP(context: BrowserContext, deck: Page): Promise<Page> {
  const [presenter] = await Promise.all([context.waitForEvent('page'), deck.keyboard.press('p')]);
  await presenter.waitForLoadState();
  await presenter.getByRole('heading', { level: 1 }).waitFor();
  await presenter.locator('.presenter-current .slide-box').waitFor();
  await settle(presenter);
  return presenter;
}

const presenterSlide = (page: Page) => searchParams(page).get('slide');

describe('presenter view', () => {
  const browser = useSharedBrowser({ viewport: { width: 1280, height: 800 } });

  it('P opens it beside the deck, at the same slide, with notes in both languages', async () => {
    const { page, browser: launched } = browser;
    await openDeck(page, browser.baseURL, 'japan', { lang: 'en' });
    const presenter = await openPresenterWithP(launched.context, page);
    onTestFinished(() => presenter.close());
    const errors = collectPageErrors(presenter);
    expect(searchParams(presenter).get('mode')).toBe('presenter');
    expect(presenterSlide(presenter)).toBe('japan');
    const notes = presenter.locator('.presenter-notes');
    expect(await notes.locator('p[lang="en"]').textContent()).toBe(enPresent.notes.japan);
    expect(await notes.locator('p[lang="ja"]').textContent()).toBe(jaPresent.notes.japan);
    expect(await presenter.locator('.presenter-next .presenter-label').textContent()).toContain(
      enPresent.slides.apac,
    );
    await screenshot(presenter, 'presenter-japan-en');
    expect(errors.all()).toEqual([]);
  });

  it('moves both ways, with language and currency', async () => {
    const { page, browser: launched } = browser;
    await openDeck(page, browser.baseURL, 'headline', { lang: 'en' });
    const presenter = await openPresenterWithP(launched.context, page);
    onTestFinished(() => presenter.close());

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => presenterSlide(presenter)).toBe('compare');
    await presenter.getByRole('button', { name: new RegExp(enPresent.deck.next) }).click();
    await expect.poll(() => currentSlide(page)).toBe('japan');
    expect(searchParams(page).get('slide')).toBe('japan');
    await presenter.keyboard.press('End');
    await expect.poll(() => currentSlide(page)).toBe('sources');
    expect(await presenter.locator('.presenter-end').textContent()).toBe(enPresent.presenter.end);

    await presenter.keyboard.press('l');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(searchParams(page).get('slide')).toBe('sources');
    await page.keyboard.press('c');
    await expect.poll(() => searchParams(presenter).get('currency')).toBe('USD');
    await page.keyboard.press('t');
    await expect.poll(() => presenter.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });

  it('has a stopwatch that starts, pauses and resets', async () => {
    const { page } = browser;
    await page.goto(appUrl(browser.baseURL, { mode: 'presenter', slide: 'timeline', lang: 'ja' }));
    await page.locator('.presenter-current .slide-box').waitFor();
    const time = page.getByRole('timer');
    expect(await time.textContent()).toBe('0:00');
    await page.getByRole('button', { name: jaPresent.presenter.start }).click();
    await expect.poll(() => time.textContent(), { timeout: 5_000 }).not.toBe('0:00');
    await page.getByRole('button', { name: jaPresent.presenter.pause }).click();
    const paused = await time.textContent();
    await page.waitForTimeout(1_200);
    expect(await time.textContent()).toBe(paused);
    await page.getByRole('button', { name: jaPresent.presenter.reset }).click();
    expect(await time.textContent()).toBe('0:00');
    await screenshot(page, 'presenter-timeline-ja');
    expect(browser.errors.all()).toEqual([]);
  });
});

describe('presenter view without BroadcastChannel', () => {
  it('keeps in step through window.opener and postMessage', async () => {
    const launched = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    try {
      await launched.context.addInitScript(() => {
        // Some embedded browsers have no BroadcastChannel: the windows must still follow each other.
        Reflect.deleteProperty(window, 'BroadcastChannel');
      });
      const deck = launched.page;
      const baseURL = (await import('vitest')).inject('baseURL');
      await openDeck(deck, baseURL, 'headline', { lang: 'en' });
      expect(await deck.evaluate(() => typeof window.BroadcastChannel)).toBe('undefined');
      const presenter = await openPresenterWithP(launched.context, deck);
      await deck.keyboard.press('ArrowRight');
      await expect.poll(() => presenterSlide(presenter)).toBe('compare');
      await presenter.keyboard.press('ArrowRight');
      await expect.poll(() => currentSlide(deck)).toBe('japan');
      await presenter.keyboard.press('l');
      await expect.poll(() => deck.evaluate(() => document.documentElement.lang)).toBe('ja');
    } finally {
      await launched.close();
    }
  });
});
