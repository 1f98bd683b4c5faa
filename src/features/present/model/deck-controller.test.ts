import { describe, expect, it, vi } from 'vitest';
import type { SlideId } from '../../../lib/url-state';
import { SLIDES } from '../../../lib/url-state';
import {
  actionForKey,
  createDeckController,
  nextCurrency,
  nextSlideOf,
  nextTheme,
  otherLanguage,
  slideForView,
  SLIDE_VIEWS,
  slidePosition,
  stepSlide,
} from './deck-controller';

function setup(start: SlideId, allowed?: Parameters<typeof createDeckController>[2]) {
  let slide = start;
  const effects = {
    goTo: vi.fn((next: SlideId) => {
      slide = next;
    }),
    toggleFullscreen: vi.fn(),
    exit: vi.fn(),
    switchLanguage: vi.fn(),
    cycleCurrency: vi.fn(),
    cycleTheme: vi.fn(),
    openPresenter: vi.fn(),
  };
  const controller = createDeckController(() => slide, effects, allowed);
  return { controller, effects, current: () => slide };
}

describe('actionForKey', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['Escape', 'exit'],
    ['l', 'language'],
    ['C', 'currency'],
    ['t', 'theme'],
    ['p', 'presenter'],
  ])('%j → %s', (key, action) => {
    expect(actionForKey({ key })).toBe(action);
  });

  it('leaves other keys and modified keys to the browser', () => {
    expect(actionForKey({ key: 'x' })).toBeUndefined();
    expect(actionForKey({ key: 'Enter' })).toBeUndefined();
    expect(actionForKey({ key: 'f', ctrlKey: true })).toBeUndefined();
    expect(actionForKey({ key: 'ArrowRight', altKey: true })).toBeUndefined();
    expect(actionForKey({ key: 'l', metaKey: true })).toBeUndefined();
  });
});

describe('slide arithmetic', () => {
  it('steps and stops at the ends', () => {
    expect(stepSlide('headline', 1)).toBe('compare');
    expect(stepSlide('compare', -1)).toBe('headline');
    expect(stepSlide('headline', -1)).toBe('headline');
    expect(stepSlide('sources', 1)).toBe('sources');
    expect(stepSlide('japan', 10)).toBe('sources');
  });

  it('counts from 1', () => {
    expect(slidePosition('headline')).toEqual({ number: 1, total: 6 });
    expect(slidePosition('japan')).toEqual({ number: 3, total: 6 });
    expect(slidePosition('sources')).toEqual({ number: 6, total: 6 });
  });

  it('names the next slide, and none after the last', () => {
    expect(nextSlideOf('headline')).toBe('compare');
    expect(nextSlideOf('sources')).toBeUndefined();
  });

  it('maps every slide to a view and back', () => {
    for (const slide of SLIDES) expect(SLIDE_VIEWS[slide]).toBeTruthy();
    expect(slideForView('overview')).toBe('headline');
    expect(slideForView('timeline')).toBe('compare');
    expect(slideForView('apac')).toBe('apac');
    expect(slideForView('sources')).toBe('sources');
  });

  it('cycles currency, theme and language', () => {
    expect(nextCurrency('JPY')).toBe('USD');
    expect(nextCurrency('USD')).toBe('original');
    expect(nextCurrency('original')).toBe('JPY');
    expect(nextTheme('auto')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('contrast');
    expect(nextTheme('contrast')).toBe('auto');
    expect(otherLanguage('en')).toBe('ja');
    expect(otherLanguage('ja')).toBe('en');
  });
});

describe('createDeckController', () => {
  it('walks the deck with keys and reports its position', () => {
    const { controller, effects, current } = setup('headline');
    expect(controller.isFirst()).toBe(true);
    expect(controller.handleKey({ key: 'ArrowRight' })).toBe(true);
    expect(controller.handleKey({ key: ' ' })).toBe(true);
    expect(current()).toBe('japan');
    expect(controller.position()).toEqual({ number: 3, total: 6 });
    controller.handleKey({ key: 'End' });
    expect(current()).toBe('sources');
    expect(controller.isLast()).toBe(true);
    controller.handleKey({ key: 'PageUp' });
    expect(current()).toBe('timeline');
    controller.handleKey({ key: 'Home' });
    expect(current()).toBe('headline');
    expect(effects.goTo).toHaveBeenCalledTimes(5);
  });

  it('does not move past the ends (no needless history or messages)', () => {
    const { controller, effects } = setup('headline');
    controller.handleKey({ key: 'ArrowLeft' });
    controller.handleKey({ key: 'Home' });
    expect(effects.goTo).not.toHaveBeenCalled();
  });

  it('hands the other actions to their effects', () => {
    const { controller, effects } = setup('apac');
    for (const key of ['f', 'Escape', 'l', 'c', 't', 'p']) expect(controller.handleKey({ key })).toBe(true);
    expect(effects.toggleFullscreen).toHaveBeenCalledOnce();
    expect(effects.exit).toHaveBeenCalledOnce();
    expect(effects.switchLanguage).toHaveBeenCalledOnce();
    expect(effects.cycleCurrency).toHaveBeenCalledOnce();
    expect(effects.cycleTheme).toHaveBeenCalledOnce();
    expect(effects.openPresenter).toHaveBeenCalledOnce();
    expect(controller.handleKey({ key: 'q' })).toBe(false);
  });

  it('ignores actions it is not allowed (the presenter window neither exits nor opens itself)', () => {
    const { controller, effects } = setup('apac', ['next', 'previous']);
    expect(controller.handleKey({ key: 'Escape' })).toBe(false);
    expect(controller.handleKey({ key: 'p' })).toBe(false);
    expect(effects.exit).not.toHaveBeenCalled();
    expect(controller.perform('next')).toBe(true);
    expect(effects.goTo).toHaveBeenCalledWith('timeline');
  });
});
