// The deck: one URL per slide, keys and buttons, live language and currency, leaving for the matching view, full
// screen refused gracefully, no scrollbars at 1280×720 and 1920×1080, chart labels of at least 24 px at 1920×1080,
// and screenshots of every slide in both languages at both sizes.
import { describe, expect, it } from 'vitest';
import enPresent from '../../locales/en/present.json';
import jaPresent from '../../locales/ja/present.json';
import { LANGS, PHONE, appUrl, screenshot, searchParams, useSharedBrowser, waitForView } from './browser';
import {
  FULL_HD,
  HD,
  SLIDES,
  chartFontSizes,
  counterText,
  currentSlide,
  openDeck,
  slideFit,
  waitForDeck,
} from './deck-helpers';

describe('deck', () => {
  const browser = useSharedBrowser({ viewport: FULL_HD }, { resetViewport: true });

  it('keys walk the slides, each slide a URL, and stop at the ends', async () => {
    const { page } = browser;
    await openDeck(page, browser.baseURL, 'headline', { lang: 'en' });
    expect(await counterText(page)).toBe('1 / 6');
    const steps: [string, (typeof SLIDES)[number]][] = [
      ['ArrowRight', 'compare'],
      ['ArrowDown', 'japan'],
      ['PageDown', 'apac'],
      ['Space', 'timeline'],
      ['ArrowRight', 'sources'],
      ['ArrowRight', 'sources'],
      ['ArrowLeft', 'timeline'],
      ['ArrowUp', 'apac'],
      ['PageUp', 'japan'],
      ['Home', 'headline'],
      ['ArrowLeft', 'headline'],
      ['End', 'sources'],
    ];
    for (const [key, slide] of steps) {
      await page.keyboard.press(key);
      await expect.poll(() => searchParams(page).get('slide'), { message: key }).toBe(slide);
      expect(await currentSlide(page)).toBe(slide);
      expect(searchParams(page).get('mode')).toBe('deck');
    }
    expect(await counterText(page)).toBe('6 / 6');
    expect(await page.title()).toContain(enPresent.slides.sources);
    expect(browser.errors.all()).toEqual([]);
  });

  it('a link opens the deck at its slide, and a reload stays there', async () => {
    const { page } = browser;
    await openDeck(page, browser.baseURL, 'japan', { lang: 'ja' });
    expect(await currentSlide(page)).toBe('japan');
    expect(await counterText(page)).toBe('3／6');
    await page.reload();
    await waitForDeck(page);
    expect(await currentSlide(page)).toBe('japan');
    expect(searchParams(page).get('slide')).toBe('japan');
    expect(await page.locator('.deck-slide[data-current] h2').textContent()).toMatch(/AWS/);
  });

  it('L switches the language and C cycles the currency live, keeping the slide', async () => {
    const { page } = browser;
    await openDeck(page, browser.baseURL, 'apac', { lang: 'en' });
    const title = page.locator('.deck-slide[data-current] h2');
    expect(await title.textContent()).toMatch(/~¥2\.8 trillion/);

    await page.keyboard.press('l');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(searchParams(page).get('lang')).toBe('ja');
    expect(searchParams(page).get('slide')).toBe('apac');
    expect(await title.textContent()).toMatch(/約2\.8兆円/);
    expect(await counterText(page)).toBe('4／6');

    await page.keyboard.press('c');
    await expect.poll(() => searchParams(page).get('currency')).toBe('USD');
    expect(await title.textContent()).toMatch(/175億ドル/);
    await page.keyboard.press('C');
    await expect.poll(() => searchParams(page).get('currency')).toBe('original');
    await page.keyboard.press('c');
    await expect.poll(() => searchParams(page).get('currency')).toBeNull();
    expect(searchParams(page).get('slide')).toBe('apac');

    await page.keyboard.press('l');
    await expect.poll(() => searchParams(page).get('lang')).toBe('en');
    expect(await currentSlide(page)).toBe('apac');
    expect(browser.errors.all()).toEqual([]);
  });

  it('T cycles the theme on <html>, in the URL', async () => {
    const { page } = browser;
    await openDeck(page, browser.baseURL, 'headline', { lang: 'en' });
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    expect(await theme()).toBe('auto');
    for (const next of ['light', 'dark', 'contrast', 'auto']) {
      await page.keyboard.press('t');
      await expect.poll(theme).toBe(next);
      expect(searchParams(page).get('theme')).toBe(next === 'auto' ? null : next);
    }
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.keyboard.press('t');
    await page.keyboard.press('t');
    await expect.poll(theme).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(background);
  });

  it('the buttons move and leave too', async () => {
    const { page } = browser;
    await openDeck(page, browser.baseURL, 'headline', { lang: 'en' });
    const previous = page.getByRole('button', { name: enPresent.deck.previous });
    expect(await previous.isDisabled()).toBe(true);
    await page.getByRole('button', { name: enPresent.deck.next }).click();
    await expect.poll(() => searchParams(page).get('slide')).toBe('compare');
    await previous.click();
    await expect.poll(() => searchParams(page).get('slide')).toBe('headline');
    await page.getByRole('button', { name: enPresent.deck.exit }).click();
    await waitForView(page);
    expect(searchParams(page).get('mode')).toBeNull();
    expect(searchParams(page).get('view')).toBeNull();
  });

  it('Esc leaves for the matching view; Back returns to the deck at that slide', async () => {
    const { page } = browser;
    await openDeck(page, browser.baseURL, 'compare', { lang: 'en' });
    await page.keyboard.press('Escape');
    await waitForView(page);
    expect(searchParams(page).get('view')).toBe('timeline');
    expect(searchParams(page).get('mode')).toBeNull();
    await page.goBack();
    await waitForDeck(page);
    expect(await currentSlide(page)).toBe('compare');
  });

  it("the header's Present button opens the deck at the slide of the current view; Back returns", async () => {
    const { page } = browser;
    await page.goto(appUrl(browser.baseURL, { view: 'apac', lang: 'ja' }));
    await waitForView(page);
    await page.getByRole('button', { name: jaPresent.entry.present }).click();
    await waitForDeck(page);
    expect(searchParams(page).get('mode')).toBe('deck');
    expect(await currentSlide(page)).toBe('apac');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => searchParams(page).get('slide')).toBe('sources');
    // Slides replace the history entry: one Back leaves the deck for the view it was opened from.
    await page.goBack();
    await waitForView(page);
    expect(searchParams(page).get('view')).toBe('apac');
    expect(searchParams(page).get('mode')).toBeNull();
  });

  it('says so when full screen is refused', async () => {
    const { page } = browser;
    await openDeck(page, browser.baseURL, 'headline', { lang: 'en' });
    await page.evaluate(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
    });
    await page.keyboard.press('f');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: enPresent.deck.fullscreenRefused }).count())
      .toBe(1);
    expect(await currentSlide(page)).toBe('headline');
  });

  it('F asks for full screen', async () => {
    const { page } = browser;
    await openDeck(page, browser.baseURL, 'headline', { lang: 'en' });
    await page.evaluate(() => {
      (window as unknown as { asked: number }).asked = 0;
      Element.prototype.requestFullscreen = function () {
        (window as unknown as { asked: number }).asked += 1;
        return Promise.resolve();
      };
    });
    await page.keyboard.press('F');
    expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(1);
  });

  for (const size of [HD, FULL_HD]) {
    for (const lang of LANGS) {
      it(`every slide fits ${size.width}×${size.height} without scrollbars (${lang}); screenshots`, async () => {
        const { page } = browser;
        await page.setViewportSize(size);
        await openDeck(page, browser.baseURL, 'headline', { lang });
        for (const slide of SLIDES) {
          if (slide !== 'headline') {
            await page.keyboard.press('ArrowRight');
            await expect.poll(() => currentSlide(page)).toBe(slide);
          }
          await page.evaluate(
            () =>
              new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
          );
          const fit = await slideFit(page);
          expect(fit, `${slide} at ${size.width}×${size.height} (${lang})`).toEqual({
            slide,
            pageOverflow: [0, 0],
            contentOverflow: 0,
          });
          await screenshot(page, `deck-${slide}-${lang}-${size.width}x${size.height}`);
        }
        expect(browser.errors.all()).toEqual([]);
      });
    }
  }

  it('slides fit as announced too (more panels), in both languages', async () => {
    const { page } = browser;
    for (const lang of LANGS) {
      for (const slide of ['japan', 'apac'] as const) {
        for (const size of [HD, FULL_HD]) {
          await page.setViewportSize(size);
          await openDeck(page, browser.baseURL, slide, { lang, currency: 'original' });
          const fit = await slideFit(page);
          expect(fit, `${slide} as announced, ${size.width} (${lang})`).toEqual({
            slide,
            pageOverflow: [0, 0],
            contentOverflow: 0,
          });
        }
      }
    }
  });

  it('on a phone, every control of the bar is on screen', async () => {
    const { page } = browser;
    await page.setViewportSize(PHONE);
    await openDeck(page, browser.baseURL, 'japan', { lang: 'ja' });
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('.deck-bar button, .deck-bar select')]
        .map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect() }))
        .filter(
          ({ box }) => box.left < 0 || box.right > innerWidth || box.top < 0 || box.bottom > innerHeight,
        )
        .map(({ text }) => text),
    );
    expect(outside).toEqual([]);
    expect((await slideFit(page)).pageOverflow).toEqual([0, 0]);
    await screenshot(page, 'deck-japan-ja-phone');
  });

  it('chart labels are at least 24 px at 1920×1080', async () => {
    const { page } = browser;
    for (const lang of LANGS) {
      for (const slide of ['compare', 'japan', 'apac', 'timeline'] as const) {
        await openDeck(page, browser.baseURL, slide, { lang });
        const sizes = await chartFontSizes(page);
        expect(sizes.length, `${slide}: chart texts`).toBeGreaterThan(3);
        expect(Math.min(...sizes), `${slide} (${lang}) smallest chart text`).toBeGreaterThanOrEqual(24);
      }
    }
  });
});

describe('deck with reduced motion', () => {
  const reduced = useSharedBrowser({ viewport: HD, reducedMotion: 'reduce' });

  it('does not animate the change of slide', async () => {
    const { page } = reduced;
    await openDeck(page, reduced.baseURL, 'headline', { lang: 'en' });
    const duration = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('.deck-slide')!).transitionDuration);
    const durations = (await duration()).split(',').map((d) => d.trim());
    expect(durations.length).toBeGreaterThan(0);
    expect(
      durations.every((d) => d === '0s'),
      durations.join(', '),
    ).toBe(true);
  });
});

describe('deck with motion allowed', () => {
  const moving = useSharedBrowser({ viewport: HD, reducedMotion: 'no-preference' });

  it('fades between slides', async () => {
    const { page } = moving;
    await openDeck(page, moving.baseURL, 'headline', { lang: 'en' });
    const duration = await page.evaluate(
      () => getComputedStyle(document.querySelector('.deck-slide')!).transitionDuration,
    );
    expect(duration).toMatch(/0\.25s/);
  });
});
