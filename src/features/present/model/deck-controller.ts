import type { DisplayCurrency } from '../../../lib/convert';
import type { Lang } from '../../../lib/format';
import type { SlideId, Theme, ViewId } from '../../../lib/url-state';
import { DISPLAY_CURRENCIES, SLIDES, THEMES } from '../../../lib/url-state';

/** What a key (or a button) asks the deck to do. */
export type DeckAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'fullscreen'
  | 'exit'
  | 'language'
  | 'currency'
  | 'theme'
  | 'presenter';

/** The keys of a presentation clicker and a keyboard; letters in either case. */
const KEY_ACTIONS: Record<string, DeckAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  Escape: 'exit',
  l: 'language',
  c: 'currency',
  t: 'theme',
  p: 'presenter',
};

export interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** The action a key press stands for, or undefined (modified keys belong to the browser). */
export function actionForKey(event: KeyLike): DeckAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return KEY_ACTIONS[key];
}

/** The slide `step` places away from `current`, stopping at the first and the last. */
export function stepSlide(current: SlideId, step: number, slides: readonly SlideId[] = SLIDES): SlideId {
  const index = Math.max(0, slides.indexOf(current));
  const target = Math.min(slides.length - 1, Math.max(0, index + step));
  return slides[target] ?? current;
}

/** 1-based position and total, for the "3 / 6" counter. */
export function slidePosition(current: SlideId, slides: readonly SlideId[] = SLIDES) {
  return { number: Math.max(0, slides.indexOf(current)) + 1, total: slides.length };
}

/** The slide after `current`, or undefined on the last one (the presenter's "next" preview). */
export function nextSlideOf(current: SlideId, slides: readonly SlideId[] = SLIDES): SlideId | undefined {
  const index = slides.indexOf(current);
  return index >= 0 && index < slides.length - 1 ? slides[index + 1] : undefined;
}

function cycle<T>(options: readonly T[], current: T): T {
  return options[(options.indexOf(current) + 1) % options.length] ?? current;
}

/** C cycles yen → dollars → as announced → yen. */
export const nextCurrency = (current: DisplayCurrency): DisplayCurrency => cycle(DISPLAY_CURRENCIES, current);
/** T cycles auto → light → dark → high contrast → auto. */
export const nextTheme = (current: Theme): Theme => cycle(THEMES, current);
/** L switches between the two languages. */
export const otherLanguage = (current: Lang): Lang => (current === 'en' ? 'ja' : 'en');

/** The dashboard view a slide is drawn from: Esc leaves the deck there. */
export const SLIDE_VIEWS: Record<SlideId, ViewId> = {
  headline: 'overview',
  compare: 'timeline',
  japan: 'japan',
  apac: 'apac',
  timeline: 'timeline',
  sources: 'sources',
};

/** The slide to open the deck at from a dashboard view: the first one drawn from it. */
export function slideForView(view: ViewId): SlideId {
  return SLIDES.find((slide) => SLIDE_VIEWS[slide] === view) ?? SLIDES[0];
}

/** What the deck controller changes; the app decides how (URL, window, channel). */
export interface DeckEffects {
  goTo: (slide: SlideId) => void;
  toggleFullscreen: () => void;
  exit: () => void;
  switchLanguage: () => void;
  cycleCurrency: () => void;
  cycleTheme: () => void;
  openPresenter: () => void;
}

/**
 * The deck's behaviour without any UI: it reads the current slide, turns keys and button presses into actions and
 * hands them to `effects`. `allowed` narrows the actions (the presenter's window neither exits nor opens itself).
 */
export function createDeckController(
  getSlide: () => SlideId,
  effects: DeckEffects,
  allowed: readonly DeckAction[] = [
    'next',
    'previous',
    'first',
    'last',
    'fullscreen',
    'exit',
    'language',
    'currency',
    'theme',
    'presenter',
  ],
  slides: readonly SlideId[] = SLIDES,
) {
  const go = (slide: SlideId) => {
    if (slide !== getSlide()) effects.goTo(slide);
  };
  const perform = (action: DeckAction): boolean => {
    if (!allowed.includes(action)) return false;
    switch (action) {
      case 'next':
        go(stepSlide(getSlide(), 1, slides));
        break;
      case 'previous':
        go(stepSlide(getSlide(), -1, slides));
        break;
      case 'first':
        go(slides[0] ?? getSlide());
        break;
      case 'last':
        go(slides[slides.length - 1] ?? getSlide());
        break;
      case 'fullscreen':
        effects.toggleFullscreen();
        break;
      case 'exit':
        effects.exit();
        break;
      case 'language':
        effects.switchLanguage();
        break;
      case 'currency':
        effects.cycleCurrency();
        break;
      case 'theme':
        effects.cycleTheme();
        break;
      case 'presenter':
        effects.openPresenter();
        break;
    }
    return true;
  };
  return {
    perform,
    /** Handles a key press; true when the key was the deck's (the caller then prevents the default). */
    handleKey: (event: KeyLike): boolean => {
      const action = actionForKey(event);
      return action ? perform(action) : false;
    },
    position: () => slidePosition(getSlide(), slides),
    isFirst: () => getSlide() === slides[0],
    isLast: () => getSlide() === slides[slides.length - 1],
  };
}

export type DeckController = ReturnType<typeof createDeckController>;
