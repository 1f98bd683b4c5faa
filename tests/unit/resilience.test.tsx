// One chart that fails to draw never blanks its view or the page, and a text missing from a language never shows
// its key: the whole app in jsdom.
import { screen, waitFor, within } from '@testing-library/react';
import type { Resource } from 'i18next';
import { createElement } from 'react';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import enCommon from '../../locales/en/common.json';
import enReliability from '../../locales/en/reliability.json';
import jaCommon from '../../locales/ja/common.json';
import jaReliability from '../../locales/ja/reliability.json';
import type { HorizontalBarChart as RealChart } from '../../src/components/charts/HorizontalBarChart';
import { resources } from '../../src/i18n/resources';
import { renderApp } from '../test-utils';

/** The record whose chart panel is made to throw, while `failing.on` is true. */
const failing = vi.hoisted(() => ({ on: false, record: 'ms-jp-2026' }));

vi.mock('../../src/components/charts/HorizontalBarChart', async (importOriginal) => {
  const real = await importOriginal<{ HorizontalBarChart: typeof RealChart }>();
  return {
    HorizontalBarChart: (props: ComponentProps<typeof RealChart>) => {
      if (failing.on && props.data.some((d) => d.id === failing.record))
        throw new Error('this chart cannot be drawn');
      return createElement(real.HorizontalBarChart, props);
    },
  };
});

const LAZY = { timeout: 5000 };
const charts = () => document.querySelectorAll('.recharts-responsive-container').length;
const row = (record: string) => document.querySelector(`main tr[data-record="${record}"]`);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  failing.on = false;
});

describe('a chart that throws', () => {
  beforeEach(() => {
    failing.on = true;
    // React reports the caught error on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('takes only its own panel: the other chart, the title, the table, the navigation and the settings stay', async () => {
    const { user } = renderApp({ url: '/?view=japan&currency=original&lang=en' });
    const alert = await screen.findByRole('alert', {}, LAZY);
    expect(alert).toHaveTextContent(enReliability.chartFailed);
    expect(alert).toHaveTextContent(enReliability.chartFailedBody);
    // The dollar panel still draws its chart; the yen panel lost only its chart.
    expect(charts()).toBe(1);
    expect(screen.getByRole('heading', { level: 2 })).toBeVisible();
    expect(row('ms-jp-2026')).toBeInTheDocument();
    expect(within(row('ms-jp-2026') as HTMLElement).getByText('¥1.6 trillion')).toBeVisible();

    // The language switch translates the message and keeps everything else.
    await user.click(screen.getByRole('button', { name: '日本語' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(jaReliability.chartFailed);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(jaCommon.app.title);
    expect(row('ms-jp-2026')).toBeInTheDocument();

    // The currency switch redraws: in dollars there is one panel, which holds the failing record.
    await user.click(screen.getByRole('button', { name: jaCommon.currency.USD }));
    await waitFor(() => expect(charts()).toBe(0));
    expect(screen.getByRole('alert')).toHaveTextContent(jaReliability.chartFailed);
    expect(row('oracle-jp-2024')).toBeInTheDocument();

    // The navigation still opens other views; the Sources view has no chart and no alert.
    const nav = screen.getByRole('navigation', { name: jaCommon.nav.label });
    await user.click(within(nav).getByRole('link', { name: jaCommon.nav.sources }));
    await screen.findByRole('heading', { level: 2, name: jaCommon.sources.title }, LAZY);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  }, 20_000);

  it('Retry draws the chart once it can be drawn again', async () => {
    const { user } = renderApp({ url: '/?view=apac&lang=en' });
    const alert = await screen.findByRole('alert', {}, LAZY);
    expect(charts()).toBe(0);
    expect(row('ms-in-2025-dec')).toBeInTheDocument();

    failing.on = false;
    await user.click(within(alert).getByRole('button', { name: enCommon.state.retry }));
    await waitFor(() => expect(charts()).toBe(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  }, 20_000);

  it('shown as announced, one failing panel of three leaves the other two charts', async () => {
    renderApp({ url: '/?view=apac&currency=original&lang=en' });
    // In "as announced" Microsoft's records make three panels (yen, dollars, Australian dollars): one fails.
    await screen.findByRole('alert', {}, LAZY);
    expect(charts()).toBe(2);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  }, 20_000);
});

/** The bundled texts with some keys removed. */
function texts(removals: { lang: 'en' | 'ja'; section: 'nav' | 'app'; key: string }[]): Resource {
  const copy = structuredClone(resources) as unknown as Record<
    'en' | 'ja',
    { common: Record<string, Record<string, string>> }
  >;
  for (const { lang, section, key } of removals) delete copy[lang].common[section]?.[key];
  return copy as unknown as Resource;
}

describe('a text missing from a language', () => {
  it('shows the English text in Japanese, and "text missing" where no language has it: never a key', async () => {
    renderApp({
      url: '/?view=japan&lang=ja',
      bundles: texts([
        { lang: 'ja', section: 'nav', key: 'japan' },
        { lang: 'ja', section: 'app', key: 'tagline' },
        { lang: 'en', section: 'app', key: 'tagline' },
      ]),
    });
    const nav = screen.getByRole('navigation', { name: jaCommon.nav.label });
    expect(within(nav).getByRole('link', { name: enCommon.nav.japan })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: jaCommon.nav.apac })).toBeVisible();
    expect(screen.getByText(jaReliability.missingText)).toHaveClass('tagline');
    await screen.findByRole('heading', { level: 2 }, LAZY);
    // No dotted key anywhere in the page's text.
    expect(document.body.textContent).not.toMatch(/\b(app|nav)\.[a-z]+/i);
    expect(document.title).toContain(enCommon.nav.japan);
  }, 20_000);
});
