// The whole app in jsdom, driven the way a person would: by roles, names and keys.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../src/i18n/i18n';
import { landscape, realFileText } from '../fixtures/landscape';
import { renderApp, respond, searchParams } from '../test-utils';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Lazy views load recharts on first use, which can take a moment in jsdom. */
const LAZY = { timeout: 5000 };

const OVERVIEW_EN = "Microsoft's ¥1.6 trillion for Japan, 2026–2029";
// The Japanese wording is still being edited; the figure and the period are what must not change.
const OVERVIEW_JA = /^マイクロソフト、日本に1\.6兆円.*2026～2029年/;

function viewHeading(name: string | RegExp) {
  return screen.findByRole('heading', { level: 2, name }, LAZY);
}

/** The headline card of the overview ("Microsoft's Japan commitment, 2026–2029"). */
async function headlineCard(name: RegExp = /^Microsoft's Japan commitment/) {
  return screen.findByRole('article', { name }, LAZY);
}

/** The always-visible "Rate in use" line. */
function rateInUse(label = 'Rate in use'): HTMLElement {
  const line = screen.getByText(label, { selector: 'strong' }).closest('p');
  if (!line) throw new Error('no rate-in-use line');
  return line;
}

function navLink(name: string | RegExp) {
  return within(screen.getByRole('navigation', { name: 'Views' })).getByRole('link', { name });
}

/** Presses the browser's Back button and waits for the app to hear of it. */
async function goBack() {
  await act(async () => {
    const heard = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await heard;
  });
}

function commitmentCalls(fetchMock: ReturnType<typeof renderApp>['fetchMock']): number {
  return fetchMock.mock.calls.filter(([input]) => String(input).endsWith('/commitments.json')).length;
}

describe('loading', () => {
  it('shows a status while the data is on its way', async () => {
    renderApp({ fetchImpl: { commitments: respond.never() } });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the data…');
    // The rest of the page is there and usable while loading.
    expect(
      screen.getByRole('heading', { level: 1, name: 'Asia-Pacific AI & Cloud Investment' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Dollars' })).toBeEnabled();
    expect(rateInUse()).toHaveTextContent('Rate in use: shown once the data has loaded');
  });

  it('replaces the status with the overview once loaded', async () => {
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the data…');
    await viewHeading(OVERVIEW_EN);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('overview', () => {
  it('shows ¥1.6 trillion in English', async () => {
    renderApp({ url: '/' });
    await viewHeading(OVERVIEW_EN);
    expect(within(await headlineCard()).getByText('¥1.6 trillion')).toBeVisible();
  });

  it('shows 1.6兆円 in Japanese', async () => {
    renderApp({ url: '/?lang=ja' });
    await viewHeading(OVERVIEW_JA);
    expect(within(await headlineCard(/^マイクロソフトの日本投資/)).getByText('1.6兆円')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('アジア太平洋のAI・クラウド投資');
  });
});

describe('language switch', () => {
  it('switches to Japanese, keeping the view and the currency, and remembers the choice', async () => {
    const { user } = renderApp({ url: '/?view=japan&currency=USD', lang: 'en' });
    await viewHeading(/has the largest commitment in Japan/);
    const languages = screen.getByRole('group', { name: 'Language' });
    expect(within(languages).getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(within(languages).getByRole('button', { name: '日本語' }));

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('アジア太平洋のAI・クラウド投資');
    expect(document.documentElement.lang).toBe('ja');
    const params = searchParams();
    expect(params.get('lang')).toBe('ja');
    expect(params.get('view')).toBe('japan');
    expect(params.get('currency')).toBe('USD');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ja');
    // Same view and currency, now in Japanese.
    await viewHeading(/AWS.*マイクロソフト.*2026～2029年/);
    expect(screen.getByRole('link', { name: '日本' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'ドル' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.title).toBe('日本 · アジア太平洋のAI・クラウド投資');
    // The first Japanese render of the whole page (filter bar included) can outlast 5 s on a busy machine.
  }, 15_000);

  it('switches back to English', async () => {
    const { user } = renderApp({ url: '/?lang=ja' });
    await viewHeading(OVERVIEW_JA);
    await user.click(screen.getByRole('button', { name: 'English' }));
    await viewHeading(OVERVIEW_EN);
    expect(document.documentElement.lang).toBe('en');
    expect(searchParams().get('lang')).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });
});

describe('currency switch', () => {
  it('converts the overview to dollars and writes currency=USD', async () => {
    const { user } = renderApp();
    await viewHeading(OVERVIEW_EN);
    expect(rateInUse()).toHaveTextContent('¥160/$');

    await user.click(screen.getByRole('button', { name: 'Dollars' }));

    expect(within(await headlineCard()).getByText('~$10 billion')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Dollars' })).toHaveAttribute('aria-pressed', 'true');
    expect(searchParams().get('currency')).toBe('USD');
    expect(rateInUse()).toHaveTextContent('¥160/$');
  });

  it('shows figures as announced, with no rate, and writes currency=original', async () => {
    const { user } = renderApp();
    await viewHeading(OVERVIEW_EN);

    await user.click(screen.getByRole('button', { name: 'As announced' }));

    expect(searchParams().get('currency')).toBe('original');
    expect(rateInUse()).toHaveTextContent('Figures are shown as announced: no conversion.');
    expect(rateInUse()).not.toHaveTextContent('¥160/$');
    expect(within(await headlineCard()).getByText('¥1.6 trillion')).toBeVisible();
  });

  it('drops currency from the URL again for the default, yen', async () => {
    const { user } = renderApp({ url: '/?currency=USD' });
    await viewHeading(OVERVIEW_EN);
    await user.click(screen.getByRole('button', { name: 'Yen' }));
    expect(searchParams().has('currency')).toBe(false);
    expect(within(await headlineCard()).getByText('¥1.6 trillion')).toBeVisible();
  });
});

describe('rate choice', () => {
  it("writes rate=year for the announcement year's average", async () => {
    const { user } = renderApp();
    await viewHeading(OVERVIEW_EN);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Exchange rate' }),
      "Announcement year's average",
    );
    expect(searchParams().get('rate')).toBe('year');
    expect(rateInUse()).toHaveTextContent("Each figure uses its announcement year's average");
  });

  it('takes a typed rate, and rejects one that is not a number', async () => {
    const { user } = renderApp({ url: '/?currency=USD' });
    await viewHeading(OVERVIEW_EN);
    expect(screen.queryByRole('textbox', { name: 'Yen per dollar' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Exchange rate' }), 'My rate');
    const input = screen.getByRole('textbox', { name: 'Yen per dollar' });
    // It starts from the rate in use, so choosing "My rate" alone changes no figure.
    expect(input).toHaveValue('160');
    expect(within(await headlineCard()).getByText('~$10 billion')).toBeVisible();

    await user.clear(input);
    await user.type(input, '100{Enter}');
    expect(searchParams().get('rate')).toBe('100');
    expect(within(await headlineCard()).getByText('~$16 billion')).toBeVisible();
    expect(rateInUse()).toHaveTextContent('¥100/$, your rate');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.clear(input);
    await user.type(input, 'abc{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number from 50 to 400');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(searchParams().get('rate')).toBe('100');
    expect(within(await headlineCard()).getByText('~$16 billion')).toBeVisible();
  });

  it('rejects a rate out of bounds on blur as well', async () => {
    const { user } = renderApp({ url: '/?rate=120' });
    await viewHeading(OVERVIEW_EN);
    const input = screen.getByRole('textbox', { name: 'Yen per dollar' });
    expect(input).toHaveValue('120');
    await user.clear(input);
    await user.type(input, '1000');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number from 50 to 400');
    expect(searchParams().get('rate')).toBe('120');
  });

  it('shows the input again when "My rate" is chosen after an invalid entry was abandoned', async () => {
    const { user } = renderApp();
    await viewHeading(OVERVIEW_EN);
    const select = screen.getByRole('combobox', { name: 'Exchange rate' });
    await user.selectOptions(select, 'My rate');
    const input = screen.getByRole('textbox', { name: 'Yen per dollar' });
    await user.clear(input);
    await user.type(input, 'abc{Enter}');
    expect(screen.getByRole('alert')).toBeInTheDocument();

    // The user gives up on typing and goes back to the article's rate...
    await user.selectOptions(select, "Article's current rate");
    expect(searchParams().has('rate')).toBe(false);
    // ...then changes their mind: "My rate" must open the input again.
    await user.selectOptions(select, 'My rate');
    expect(select).toHaveValue('custom');
    expect(screen.getByRole('textbox', { name: 'Yen per dollar' })).toBeInTheDocument();
  });
});

describe('views', () => {
  const VIEWS = [
    { link: '2014 vs 2026–2029', view: 'timeline', heading: /^Microsoft's 2026–2029 Japan commitment is/ },
    { link: 'Japan', view: 'japan', heading: /has the largest commitment in Japan/ },
    { link: 'Microsoft in Asia-Pacific', view: 'apac', heading: /draws Microsoft's largest Asia-Pacific/ },
    { link: 'Sources & notes', view: 'sources', heading: 'Sources and fact-check notes' },
    { link: 'Map', view: 'map', heading: /draws the largest committed total in Asia-Pacific/ },
    { link: 'Per year', view: 'peryear', heading: /^Per year, .* is the largest: .* a year$/ },
    {
      link: 'All records',
      view: 'records',
      heading: `All records: ${landscape.commitments.length} commitments`,
    },
    { link: 'My records', view: 'mine', heading: 'My records' },
    { link: 'Headline', view: null, heading: OVERVIEW_EN },
  ] as const;

  it('switches the view from the navigation and writes view=…', async () => {
    const { user } = renderApp();
    await viewHeading(OVERVIEW_EN);
    expect(navLink('Headline')).toHaveAttribute('aria-current', 'page');
    for (const { link, view, heading } of VIEWS) {
      await user.click(navLink(link));
      await viewHeading(heading);
      expect(searchParams().get('view')).toBe(view);
      expect(navLink(link)).toHaveAttribute('aria-current', 'page');
    }
  }, 20_000);

  it('gives every link a shareable address', async () => {
    renderApp({ url: '/?currency=USD' });
    await viewHeading(OVERVIEW_EN);
    const href = new URLSearchParams(navLink('Japan').getAttribute('href') ?? '');
    expect(href.get('view')).toBe('japan');
    expect(href.get('currency')).toBe('USD');
    expect(href.get('lang')).toBe('en');
  });

  it('switches views with keys 1–9', async () => {
    const { user } = renderApp();
    await viewHeading(OVERVIEW_EN);
    const keys = [
      ['3', 'japan'],
      ['2', 'timeline'],
      ['4', 'apac'],
      ['5', 'sources'],
      ['6', 'map'],
      ['7', 'peryear'],
      ['8', 'records'],
      ['9', 'mine'],
      ['1', null],
    ] as const;
    for (const [key, view] of keys) {
      await user.keyboard(key);
      const heading = VIEWS.find((v) => v.view === view)?.heading ?? OVERVIEW_EN;
      await viewHeading(heading);
      expect(searchParams().get('view')).toBe(view);
    }
  }, 20_000);

  it('does not switch views while the user types in the rate input', async () => {
    const { user } = renderApp({ url: '/?rate=150' });
    await viewHeading(OVERVIEW_EN);
    const input = screen.getByRole('textbox', { name: 'Yen per dollar' });
    await user.clear(input);
    await user.type(input, '123');
    expect(input).toHaveValue('123');
    expect(searchParams().has('view')).toBe(false);
    expect(screen.getByRole('heading', { level: 2, name: OVERVIEW_EN })).toBeInTheDocument();
    expect(navLink('Headline')).toHaveAttribute('aria-current', 'page');
  });
});

describe('history', () => {
  it('returns to the previous view on Back', async () => {
    const { user } = renderApp({ url: '/?currency=USD' });
    await viewHeading(OVERVIEW_EN);
    await user.click(navLink('Japan'));
    await viewHeading(/has the largest commitment in Japan/);
    await goBack();
    await viewHeading(OVERVIEW_EN);
    expect(searchParams().has('view')).toBe(false);
    expect(searchParams().get('currency')).toBe('USD');
    expect(navLink('Headline')).toHaveAttribute('aria-current', 'page');
  });

  it('shows the restored rate in the "Yen per dollar" input after Back', async () => {
    const { user } = renderApp({ url: '/?rate=100' });
    await viewHeading(OVERVIEW_EN);
    await user.click(navLink('Japan'));
    await viewHeading(/has the largest commitment in Japan/);
    const input = screen.getByRole('textbox', { name: 'Yen per dollar' });
    await user.clear(input);
    await user.type(input, '120{Enter}');
    expect(searchParams().get('rate')).toBe('120');

    await goBack();

    await viewHeading(OVERVIEW_EN);
    expect(searchParams().get('rate')).toBe('100');
    expect(rateInUse()).toHaveTextContent('¥100/$, your rate');
    // The input must show the rate in use, not the one typed on the later page.
    expect(screen.getByRole('textbox', { name: 'Yen per dollar' })).toHaveValue('100');
  });
});

describe('data errors', () => {
  /** Waits for the error alert and checks that it is headed `title`; returns the alert. */
  async function expectErrorAlert(title: string): Promise<HTMLElement> {
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: title })).toBeVisible();
    return alert;
  }

  it('reports a server error, retries by itself, and recovers on "Try again"', async () => {
    const { user, overrides, fetchMock } = renderApp({ fetchImpl: { commitments: respond.status(500) } });
    const alert = await expectErrorAlert('The data could not be loaded');
    expect(alert).toHaveTextContent('commitments.json: the server answered 500');
    // A failed request is retried twice before the error is shown.
    expect(commitmentCalls(fetchMock)).toBe(3);

    delete overrides.commitments;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    await viewHeading(OVERVIEW_EN);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(await headlineCard()).getByText('¥1.6 trillion')).toBeVisible();
  });

  it('reports no connection as a network error', async () => {
    renderApp({ fetchImpl: { events: respond.offline() } });
    const alert = await expectErrorAlert('The data could not be loaded');
    expect(alert).toHaveTextContent('events.json: no answer from the server');
  });

  it('names the file when its JSON is cut short, and does not retry', async () => {
    const { fetchMock } = renderApp({
      fetchImpl: { commitments: respond.text(realFileText('commitments').slice(0, 200)) },
    });
    const alert = await expectErrorAlert('The data file is invalid');
    expect(alert).toHaveTextContent('File commitments.json');
    expect(alert).toHaveTextContent('the file is not valid JSON');
    expect(commitmentCalls(fetchMock)).toBe(1);
  });

  it('rejects a file of the wrong shape', async () => {
    renderApp({ fetchImpl: { commitments: respond.json({ commitments: {} }) } });
    const alert = await expectErrorAlert('The data file is invalid');
    expect(alert).toHaveTextContent('File commitments.json');
    expect(alert).toHaveTextContent('expected an object with a list "commitments"');
  });

  it('names the record and the field of a value of the wrong type', async () => {
    renderApp({
      fetchImpl: {
        commitments: respond.edited((json) => {
          const list = json.commitments as { id: string; amount: { value: unknown } }[];
          const record = list.find((c) => c.id === 'ms-jp-2026');
          if (!record) throw new Error('ms-jp-2026 missing from the data');
          record.amount.value = 'lots';
        }),
      },
    });
    const alert = await expectErrorAlert('The data file is invalid');
    expect(alert).toHaveTextContent('File commitments.json, record “ms-jp-2026”, field amount.value');
    expect(alert).toHaveTextContent('"lots"');
  });

  it('names the commitment that cites a source missing from sources.json', async () => {
    renderApp({
      fetchImpl: {
        sources: respond.edited((json) => {
          json.sources = (json.sources as { id: string }[]).filter((s) => s.id !== 'fortune-2024-04-30');
        }),
      },
    });
    const alert = await expectErrorAlert('The data file is invalid');
    expect(alert).toHaveTextContent('File commitments.json, record “ms-id-2024”, field sources[1]');
    expect(alert).toHaveTextContent('"fortune-2024-04-30" is not in sources.json');
  });

  it('reports a server error in Japanese', async () => {
    renderApp({ url: '/?lang=ja', fetchImpl: { rates: respond.status(503) } });
    const alert = await expectErrorAlert('データを読み込めませんでした');
    expect(within(alert).getByRole('button', { name: '再試行' })).toBeEnabled();
    expect(alert).toHaveTextContent('接続を確認して、もう一度お試しください。');
  });

  it('reports an invalid file in Japanese', async () => {
    renderApp({ url: '/?lang=ja', fetchImpl: { commitments: respond.text('{"commitments": [') } });
    const alert = await expectErrorAlert('データファイルに誤りがあります');
    expect(alert).toHaveTextContent('ファイル commitments.json');
  });
});

describe('a link with invalid settings', () => {
  it('opens the overview in yen and lists the rejected parameters', async () => {
    renderApp({ url: '/?view=nope&currency=EUR&rate=-5' });
    await viewHeading(OVERVIEW_EN);
    expect(within(await headlineCard()).getByText('¥1.6 trillion')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Some settings in the link were not valid and were reset: view, currency, rate.',
    );
    expect(screen.getByRole('button', { name: 'Yen' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('combobox', { name: 'Exchange rate' })).toHaveValue('article');
    // The address bar is rewritten to a link that reproduces the page.
    await waitFor(() => expect(window.location.search).toBe('?lang=en'));
  });
});

describe('timeline', () => {
  it('cites each source of the "holds up in dollars" comparison once', async () => {
    renderApp({ url: '/?view=timeline' });
    const growth = await screen.findByRole('region', { name: /holds up in dollars/ }, LAZY);
    // The comparison rests on the article (both figures and its implied rate) and the Fed's 2014 average.
    expect(within(growth).getAllByText(/^The article: /)).toHaveLength(1);
    expect(within(growth).getAllByText(/Federal Reserve/)).toHaveLength(1);
  });
});

describe('charts', () => {
  it('draws the Japan view as bars with a table row per Japanese commitment', async () => {
    const { container } = renderApp({ url: '/?view=japan' });
    const title = await viewHeading(/has the largest commitment in Japan/);
    const japan = landscape.commitments.filter((c) => c.country === 'JP');
    expect(title).toHaveTextContent(
      `AWS has the largest commitment in Japan; Microsoft's 2026–2029 pledge ranks 2 of ${japan.length}`,
    );
    const figure = screen.getByRole('figure', { name: title.textContent ?? '' });
    // The chart draws once its container is measured, which can be a render after the figure's title appears.
    await waitFor(() => expect(figure.querySelector('svg.recharts-surface')).not.toBeNull());
    expect(figure.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(japan.length);

    const rows = [...container.querySelectorAll<HTMLTableRowElement>('tr[data-record]')];
    expect(rows.map((r) => r.dataset.record).sort()).toEqual(japan.map((c) => c.id).sort());
    // The hyperscalers and the Japanese operators the public record adds.
    expect(japan.map((c) => c.investor)).toEqual(
      expect.arrayContaining(['aws', 'microsoft', 'softbank', 'sakura-internet']),
    );
    const row = (id: string) => {
      const found = rows.find((r) => r.dataset.record === id);
      if (!found) throw new Error(`no row ${id}`);
      return found;
    };
    expect(within(row('google-jp-article')).getByText('Differs')).toBeVisible();
    expect(within(row('ms-jp-2014')).getByText('Not found')).toBeVisible();
    expect(within(row('ms-jp-2026')).getByText('Agrees')).toBeVisible();
    expect(within(figure).getByRole('table')).toBeInTheDocument();
  });
});
