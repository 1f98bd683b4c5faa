// Setup for the `unit` project (jsdom).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

/** Size reported for chart containers, which have no layout in jsdom. */
const FAKE_CHART_SIZE = { width: 800, height: 400 } as const;

function inlinePx(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)px$/.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

/** The size jsdom cannot compute: inline `style` pixel sizes win, otherwise 800 x 400. */
function fakeSize(element: Element): { width: number; height: number } {
  const style = element instanceof HTMLElement ? element.style : undefined;
  return {
    width: (style && inlinePx(style.width)) ?? FAKE_CHART_SIZE.width,
    height: (style && inlinePx(style.height)) ?? FAKE_CHART_SIZE.height,
  };
}

function rect(width: number, height: number): DOMRect {
  return {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: width,
    bottom: height,
    width,
    height,
    toJSON() {
      return { x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, width, height };
    },
  };
}

// recharts 3 measures its containers (`.recharts-responsive-container` for <ResponsiveContainer>,
// `.recharts-wrapper` for charts with percentage sizes or `responsive`) with getBoundingClientRect()
// first and then with a ResizeObserver, and renders nothing while the size is 0 x 0.
// Only those containers get a fake size: text measurement must keep returning 0, otherwise axis
// ticks would all "overlap" and be hidden.
const MEASURED_CLASSES = ['recharts-responsive-container', 'recharts-wrapper'];
const isMeasuredContainer = (element: Element) =>
  MEASURED_CLASSES.some((name) => element.classList.contains(name));

const originalGetBoundingClientRect = Element.prototype.getBoundingClientRect;
Element.prototype.getBoundingClientRect = function getBoundingClientRect(this: Element) {
  if (isMeasuredContainer(this)) {
    const { width, height } = fakeSize(this);
    return rect(width, height);
  }
  return originalGetBoundingClientRect.call(this);
};

for (const [property, dimension] of [
  ['clientWidth', 'width'],
  ['offsetWidth', 'width'],
  ['clientHeight', 'height'],
  ['offsetHeight', 'height'],
] as const) {
  const prototype = property.startsWith('offset') ? HTMLElement.prototype : Element.prototype;
  const original = Object.getOwnPropertyDescriptor(prototype, property);
  Object.defineProperty(prototype, property, {
    configurable: true,
    get(this: HTMLElement) {
      if (isMeasuredContainer(this)) return fakeSize(this)[dimension];
      return (original?.get?.call(this) as number | undefined) ?? 0;
    },
  });
}

/**
 * ResizeObserver stub: reports every observed element once, synchronously in `observe()`
 * (so the state update happens inside React's act() of the render/effect that observed it).
 */
class ResizeObserverStub implements ResizeObserver {
  readonly #callback: ResizeObserverCallback;

  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback;
  }

  observe(target: Element): void {
    const { width, height } = fakeSize(target);
    const box = [{ inlineSize: width, blockSize: height }];
    const entry = {
      target,
      contentRect: rect(width, height),
      borderBoxSize: box,
      contentBoxSize: box,
      devicePixelContentBoxSize: box,
    } as unknown as ResizeObserverEntry;
    this.#callback([entry], this);
  }

  unobserve(): void {}

  disconnect(): void {}
}

globalThis.ResizeObserver = ResizeObserverStub;

// matchMedia stub: nothing matches (light colour scheme, no reduced motion, narrowest breakpoint false).
if (typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});
