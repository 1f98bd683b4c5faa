// Code that runs inside the page (serialized by playwright-core): the first-chart probe and the interaction timer.
/* global window, document, location, performance, requestAnimationFrame, MessageChannel, KeyboardEvent, URL */

/**
 * Init script: resolves `window.__benchFirstChart` with performance.now() (ms since navigation) right after the frame
 * that first paints a visible recharts surface. Checked once per frame; the MessageChannel message runs after that
 * frame's paint.
 */
export function installFirstChartProbe() {
  window.__benchFirstChart = new Promise((resolve) => {
    const visible = () =>
      [...document.querySelectorAll('svg.recharts-surface')].some((svg) => {
        const box = svg.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.top < window.innerHeight;
      });
    const frame = () => {
      if (!visible()) return requestAnimationFrame(frame);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(frame);
  });
}

/**
 * In the page: performs one interaction and returns the milliseconds from just before it is dispatched to just after
 * the first frame painted in which its effect is visible (checked once per frame).
 * @param {{ app: 'app' | 'floor', kind: 'language' | 'currency' | 'view' | 'slide', timeout: number }} args
 */
export async function measureInteraction({ app, kind, timeout }) {
  const text = (selector) => document.querySelector(selector)?.textContent ?? '';
  const chartText = () =>
    [...document.querySelectorAll('main svg.recharts-surface')].map((s) => s.textContent).join('|');
  const chartsDrawn = () =>
    [...document.querySelectorAll('.recharts-responsive-container')].every((c) =>
      c.querySelector('svg.recharts-surface'),
    );
  let act;
  let done;
  if (kind === 'language') {
    const before = text('h1');
    const button =
      app === 'floor'
        ? document.querySelector('#lang')
        : document.querySelector(
            `header button[lang="${document.documentElement.lang === 'ja' ? 'en' : 'ja'}"]`,
          );
    act = () => button.click();
    done = () => text('h1') !== before && chartsDrawn();
  } else if (kind === 'currency') {
    const before = chartText();
    const button =
      app === 'floor'
        ? document.querySelector('#currency')
        : [...document.querySelectorAll('.controls [role="group"] button')]
            .slice(0, 2)
            .find((b) => b.getAttribute('aria-pressed') !== 'true');
    act = () => button.click();
    done = () => chartText() !== before && chartsDrawn();
  } else if (kind === 'view') {
    const before = text('main h2');
    // Alternates between the two chart views (Japan and Microsoft in Asia-Pacific), by their keyboard shortcuts.
    const target = new URL(location.href).searchParams.get('view') === 'japan' ? '4' : '3';
    act = () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: target, bubbles: true }));
    done = () =>
      text('main h2') !== before && !document.querySelector('main [role="status"]') && chartsDrawn();
  } else if (kind === 'slide') {
    const before = new URL(location.href).searchParams.get('slide');
    const key = window.__benchSlideBack ? 'ArrowLeft' : 'ArrowRight';
    act = () =>
      (document.activeElement ?? document.body).dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true }),
      );
    done = () => new URL(location.href).searchParams.get('slide') !== before && chartsDrawn();
  } else throw new Error(`unknown interaction ${kind}`);
  if (!act) throw new Error(`${kind}: nothing to press`);

  const start = performance.now();
  act();
  return new Promise((resolve, reject) => {
    const frame = () => {
      if (done()) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(0);
      } else if (performance.now() - start > timeout)
        reject(new Error(`${kind}: no change within ${timeout} ms`));
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
