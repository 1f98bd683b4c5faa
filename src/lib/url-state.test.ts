import { describe, expect, it } from 'vitest';
import type { Lang } from './format';
import type { UrlState } from './url-state';
import {
  CUSTOM_RATE_MAX,
  CUSTOM_RATE_MIN,
  DEFAULT_STATE,
  NO_FILTERS,
  hasFilters,
  parseCustomRate,
  parseFilterYear,
  parseList,
  parseUrlState,
  resolveLanguage,
  serializeUrlState,
} from './url-state';

describe('parseUrlState', () => {
  it.each(['', '?', '?foo=bar'])('gives the defaults, no language and no rejections for %j', (search) => {
    expect(parseUrlState(search)).toEqual({ state: DEFAULT_STATE, lang: undefined, rejected: [] });
  });

  it('defaults to the overview, in yen, at the article rate', () => {
    expect(DEFAULT_STATE).toMatchObject({ view: 'overview', currency: 'JPY', rate: { kind: 'article' } });
  });

  it('starts in the dashboard, on the first slide, following the system theme, with nothing filtered', () => {
    expect(DEFAULT_STATE).toMatchObject({
      theme: 'auto',
      mode: 'dashboard',
      slide: 'headline',
      filters: NO_FILTERS,
    });
    expect(hasFilters(DEFAULT_STATE.filters)).toBe(false);
  });

  it('reads every valid parameter', () => {
    expect(parseUrlState('?view=timeline&lang=ja&currency=USD&rate=year')).toEqual({
      state: { ...DEFAULT_STATE, view: 'timeline', currency: 'USD', rate: { kind: 'year' } },
      lang: 'ja',
      rejected: [],
    });
  });

  it('reads the search with or without its leading "?"', () => {
    expect(parseUrlState('view=sources').state.view).toBe('sources');
  });

  it.each(['overview', 'timeline', 'japan', 'apac', 'sources', 'map', 'peryear', 'records', 'mine'])(
    'accepts view=%s',
    (view) => {
      expect(parseUrlState(`?view=${view}`)).toMatchObject({ state: { view }, rejected: [] });
    },
  );

  it.each(['JPY', 'USD', 'original'])('accepts currency=%s', (currency) => {
    expect(parseUrlState(`?currency=${currency}`)).toMatchObject({ state: { currency }, rejected: [] });
  });

  it('accepts rate=article', () => {
    expect(parseUrlState('?rate=article')).toMatchObject({
      state: { rate: { kind: 'article' } },
      rejected: [],
    });
  });

  it('falls back to the default of each invalid value and lists it as rejected', () => {
    expect(parseUrlState('?view=charts&currency=EUR&rate=soon&lang=fr')).toEqual({
      state: DEFAULT_STATE,
      lang: undefined,
      rejected: ['view', 'currency', 'rate', 'lang'],
    });
  });

  it('keeps the valid values beside an invalid one', () => {
    expect(parseUrlState('?view=japan&currency=usd&rate=year')).toEqual({
      state: { ...DEFAULT_STATE, view: 'japan', currency: 'JPY', rate: { kind: 'year' } },
      lang: undefined,
      rejected: ['currency'],
    });
  });

  it('rejects an empty value', () => {
    expect(parseUrlState('?view=&rate=').rejected).toEqual(['view', 'rate']);
  });

  it('is case-sensitive', () => {
    expect(parseUrlState('?view=Timeline&rate=Year').rejected).toEqual(['view', 'rate']);
  });

  it('ignores parameters it does not own', () => {
    expect(parseUrlState('?utm_source=x&view=apac&debug=1')).toEqual({
      state: { ...DEFAULT_STATE, view: 'apac' },
      lang: undefined,
      rejected: [],
    });
  });

  it('reads the first of a repeated parameter', () => {
    expect(parseUrlState('?view=japan&view=apac').state.view).toBe('japan');
  });

  it('reads lang=en and lang=ja', () => {
    expect(parseUrlState('?lang=en').lang).toBe('en');
    expect(parseUrlState('?lang=ja').lang).toBe('ja');
  });

  it('gives no language, and rejects it, for lang=xx', () => {
    const parsed = parseUrlState('?lang=xx');
    expect(parsed.lang).toBeUndefined();
    expect(parsed.rejected).toEqual(['lang']);
    expect(parsed.state).toEqual(DEFAULT_STATE);
  });

  it('does not take a regional tag as a language', () => {
    expect(parseUrlState('?lang=ja-JP')).toMatchObject({ lang: undefined, rejected: ['lang'] });
  });

  describe('rate', () => {
    it('rate=year chooses each year’s average', () => {
      expect(parseUrlState('?rate=year').state.rate).toEqual({ kind: 'year' });
    });

    it.each<[string, number]>([
      ['150', 150],
      ['150.25', 150.25],
      ['105.7401', 105.7401],
      ['50', 50],
      ['400', 400],
      ['0150', 150],
      ['%20150%20', 150],
    ])('rate=%s is a custom rate of %d', (raw, value) => {
      expect(parseUrlState(`?rate=${raw}`)).toEqual({
        state: { ...DEFAULT_STATE, rate: { kind: 'custom', unitsPerUsd: value } },
        lang: undefined,
        rejected: [],
      });
    });

    it('reads full-width digits, typed or percent-encoded, as a custom rate', () => {
      expect(parseUrlState('?rate=１５０').state.rate).toEqual({ kind: 'custom', unitsPerUsd: 150 });
      expect(parseUrlState(`?rate=${encodeURIComponent('１５０')}`).state.rate).toEqual({
        kind: 'custom',
        unitsPerUsd: 150,
      });
      expect(parseUrlState(`?rate=${encodeURIComponent('１５０．２５')}`).state.rate).toEqual({
        kind: 'custom',
        unitsPerUsd: 150.25,
      });
    });

    it.each([
      ['10', 'below the minimum'],
      ['49.9999', 'just below the minimum'],
      ['400.0001', 'just above the maximum'],
      ['1000', 'above the maximum'],
      ['1e3', 'an exponent'],
      ['1.5e2', 'an exponent inside the range'],
      ['NaN', 'not a number'],
      ['Infinity', 'infinite'],
      ['-160', 'negative'],
      ['0x96', 'hexadecimal'],
      ['150.', 'a trailing point'],
      ['.5', 'no integer part'],
      ['150.12345', 'more than four decimals'],
      ['1,600', 'a thousands separator'],
      ['150,5', 'a decimal comma'],
      ['150円', 'a unit'],
      ['%C2%A5150', 'a currency sign'],
    ])('rejects rate=%s (%s)', (raw) => {
      expect(parseUrlState(`?rate=${raw}`)).toEqual({
        state: DEFAULT_STATE,
        lang: undefined,
        rejected: ['rate'],
      });
    });

    it('rejects very long values without delay', () => {
      const long = '1'.repeat(100_000);
      const started = performance.now();
      const parsed = parseUrlState(`?rate=${long}&view=${'x'.repeat(100_000)}&rate2=${long}`);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(parsed.state).toEqual(DEFAULT_STATE);
      expect(parsed.rejected).toEqual(['view', 'rate']);
    });

    it('rejects a long run of zeros before a valid number', () => {
      expect(parseUrlState(`?rate=${'0'.repeat(50)}150`).rejected).toEqual(['rate']);
    });
  });
});

describe('parseCustomRate', () => {
  it('has the bounds the messages promise', () => {
    expect([CUSTOM_RATE_MIN, CUSTOM_RATE_MAX]).toEqual([50, 400]);
    expect(parseCustomRate(String(CUSTOM_RATE_MIN))).toEqual({ kind: 'custom', unitsPerUsd: 50 });
    expect(parseCustomRate(String(CUSTOM_RATE_MAX))).toEqual({ kind: 'custom', unitsPerUsd: 400 });
  });

  it('trims spaces around a typed rate', () => {
    expect(parseCustomRate('  160\n')).toEqual({ kind: 'custom', unitsPerUsd: 160 });
  });

  it('rejects words, even the ones the URL accepts', () => {
    expect(parseCustomRate('year')).toBeUndefined();
    expect(parseCustomRate('article')).toBeUndefined();
  });
});

describe('serializeUrlState', () => {
  it('writes only the language for the defaults', () => {
    expect(serializeUrlState(DEFAULT_STATE, 'en')).toBe('?lang=en');
    expect(serializeUrlState(DEFAULT_STATE, 'ja')).toBe('?lang=ja');
  });

  it('writes every value that differs from its default', () => {
    expect(
      serializeUrlState(
        { ...DEFAULT_STATE, view: 'timeline', currency: 'USD', rate: { kind: 'year' } },
        'ja',
      ),
    ).toBe('?view=timeline&lang=ja&currency=USD&rate=year');
    expect(serializeUrlState({ ...DEFAULT_STATE, currency: 'original' }, 'en')).toBe(
      '?lang=en&currency=original',
    );
  });

  it('writes a custom rate as its number', () => {
    expect(serializeUrlState({ ...DEFAULT_STATE, rate: { kind: 'custom', unitsPerUsd: 150.25 } }, 'en')).toBe(
      '?lang=en&rate=150.25',
    );
  });

  it('writes a custom rate even when it equals the article rate', () => {
    expect(serializeUrlState({ ...DEFAULT_STATE, rate: { kind: 'custom', unitsPerUsd: 160 } }, 'en')).toBe(
      '?lang=en&rate=160',
    );
  });

  it('keeps parameters it does not own, in their place', () => {
    expect(serializeUrlState({ ...DEFAULT_STATE, view: 'apac' }, 'en', '?utm_source=mail&x=1')).toBe(
      '?utm_source=mail&x=1&view=apac&lang=en',
    );
  });

  it('replaces its own parameters from the previous search, including invalid ones', () => {
    expect(serializeUrlState(DEFAULT_STATE, 'ja', '?view=charts&lang=xx&keep=1&currency=USD&rate=9999')).toBe(
      '?keep=1&lang=ja',
    );
  });

  it('drops every copy of a repeated parameter of its own', () => {
    expect(serializeUrlState({ ...DEFAULT_STATE, view: 'japan' }, 'en', '?view=apac&view=timeline')).toBe(
      '?view=japan&lang=en',
    );
  });

  const states: [UrlState, Lang][] = [
    [DEFAULT_STATE, 'en'],
    [DEFAULT_STATE, 'ja'],
    [{ ...DEFAULT_STATE, view: 'timeline', currency: 'USD', rate: { kind: 'year' } }, 'ja'],
    [{ ...DEFAULT_STATE, view: 'japan', currency: 'original', rate: { kind: 'article' } }, 'en'],
    [{ ...DEFAULT_STATE, view: 'apac', currency: 'JPY', rate: { kind: 'custom', unitsPerUsd: 150 } }, 'en'],
    [
      { ...DEFAULT_STATE, view: 'sources', currency: 'USD', rate: { kind: 'custom', unitsPerUsd: 105.74 } },
      'ja',
    ],
    [
      { ...DEFAULT_STATE, view: 'overview', currency: 'JPY', rate: { kind: 'custom', unitsPerUsd: 50 } },
      'ja',
    ],
    [
      { ...DEFAULT_STATE, view: 'overview', currency: 'USD', rate: { kind: 'custom', unitsPerUsd: 400 } },
      'en',
    ],
    [
      {
        ...DEFAULT_STATE,
        view: 'overview',
        currency: 'USD',
        rate: { kind: 'custom', unitsPerUsd: 123.4567 },
      },
      'en',
    ],
  ];

  it.each(states)('round-trips %j in %s', (state, lang) => {
    const search = serializeUrlState(state, lang, '?other=kept');
    expect(parseUrlState(search)).toEqual({ state, lang, rejected: [] });
    expect(new URLSearchParams(search).get('other')).toBe('kept');
  });

  it('is stable: serializing what was parsed gives the same query', () => {
    for (const [state, lang] of states) {
      const once = serializeUrlState(state, lang);
      const parsed = parseUrlState(once);
      expect(serializeUrlState(parsed.state, parsed.lang!)).toBe(once);
    }
  });
});

describe('resolveLanguage', () => {
  it('prefers the URL to the stored language and the browser', () => {
    expect(resolveLanguage('ja', 'en', ['en-US'])).toBe('ja');
    expect(resolveLanguage('en', 'ja', ['ja-JP'])).toBe('en');
  });

  it('prefers the stored language to the browser', () => {
    expect(resolveLanguage(undefined, 'ja', ['en-US'])).toBe('ja');
    expect(resolveLanguage(undefined, 'en', ['ja'])).toBe('en');
  });

  it('takes the first supported browser language', () => {
    expect(resolveLanguage(undefined, null, ['fr-FR', 'ja-JP'])).toBe('ja');
    expect(resolveLanguage(undefined, null, ['ja'])).toBe('ja');
    expect(resolveLanguage(undefined, null, ['fr', 'en-GB', 'ja'])).toBe('en');
  });

  it('matches a browser tag whatever its case', () => {
    expect(resolveLanguage(undefined, null, ['JA-jp'])).toBe('ja');
  });

  it('falls back to English when nothing is supported', () => {
    expect(resolveLanguage(undefined, null, ['de'])).toBe('en');
    expect(resolveLanguage(undefined, null, [])).toBe('en');
    expect(resolveLanguage(undefined, null, [''])).toBe('en');
  });

  it('ignores an invalid stored value', () => {
    expect(resolveLanguage(undefined, 'xx', ['ja-JP'])).toBe('ja');
    expect(resolveLanguage(undefined, 'ja-JP', ['de'])).toBe('en');
    expect(resolveLanguage(undefined, '', ['ja'])).toBe('ja');
  });

  it('does not take a language that merely starts like a supported one', () => {
    expect(resolveLanguage(undefined, null, ['jav', 'english'])).toBe('en');
    expect(resolveLanguage(undefined, null, ['jav', 'ja'])).toBe('ja');
  });
});

describe('theme, deck and slide parameters', () => {
  it.each(['auto', 'light', 'dark', 'contrast'])('accepts theme=%s', (theme) => {
    expect(parseUrlState(`?theme=${theme}`)).toMatchObject({ state: { theme }, rejected: [] });
  });

  it('reads the deck at a slide and writes the slide back only outside the dashboard', () => {
    const parsed = parseUrlState('?mode=deck&slide=japan&lang=ja');
    expect(parsed).toMatchObject({ state: { mode: 'deck', slide: 'japan' }, rejected: [] });
    expect(serializeUrlState(parsed.state, 'ja')).toBe('?lang=ja&mode=deck&slide=japan');
    expect(serializeUrlState({ ...parsed.state, mode: 'dashboard' }, 'ja')).toBe('?lang=ja');
  });

  it('ignores a slide in the dashboard, where it is not written back, so the link read is the link shown', () => {
    const parsed = parseUrlState('?slide=japan&lang=ja');
    expect(parsed).toMatchObject({ state: { mode: 'dashboard', slide: 'headline' }, rejected: [] });
    expect(parseUrlState(serializeUrlState(parsed.state, 'ja')).state).toEqual(parsed.state);
  });

  it.each([
    ['theme', 'neon'],
    ['mode', 'kiosk'],
    ['slide', '3'],
  ])('rejects %s=%s and keeps the default', (key, value) => {
    const parsed = parseUrlState(`?${key}=${value}`);
    expect(parsed.rejected).toEqual([key]);
    expect(parsed.state).toEqual(DEFAULT_STATE);
  });

  it('writes a theme other than auto', () => {
    expect(serializeUrlState({ ...DEFAULT_STATE, theme: 'contrast' }, 'en')).toBe('?lang=en&theme=contrast');
  });
});

describe('filter parameters', () => {
  it('reads lists in canonical order, without repeats', () => {
    expect(parseList(['a', 'b', 'c'], 'c,a,c')).toEqual(['a', 'c']);
    expect(parseList(['a', 'b'], ' b , a ')).toEqual(['a', 'b']);
  });

  it.each(['', 'a,', 'a,x', 'A'])('rejects the list %j', (value) => {
    expect(parseList(['a', 'b'], value)).toBeUndefined();
  });

  it.each([
    ['2014', 2014],
    ['1990', 1990],
    ['2100', 2100],
  ])('reads the year %s', (value, year) => {
    expect(parseFilterYear(value)).toBe(year);
  });

  it.each(['1989', '2101', '20x4', '2014.0', ' 2014', '+2014', '１９９９'])(
    'rejects the year %j',
    (value) => {
      expect(parseFilterYear(value)).toBeUndefined();
    },
  );

  it('reads every filter', () => {
    const parsed = parseUrlState(
      '?investor=aws,microsoft&country=SG,JP&provenance=mine&focus=skills&from=2014&to=2029',
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.state.filters).toEqual({
      // Investors are data: kept in the order the URL gives them.
      investors: ['aws', 'microsoft'],
      countries: ['JP', 'SG'],
      provenances: ['mine'],
      focus: ['skills'],
      from: 2014,
      to: 2029,
      crossBorder: false,
    });
    expect(hasFilters(parsed.state.filters)).toBe(true);
  });

  it('rejects a list with an unknown item as a whole', () => {
    const parsed = parseUrlState('?investor=microsoft,IBM Corp&country=JP,XX');
    expect(parsed.rejected).toEqual(['investor', 'country']);
    expect(parsed.state.filters).toMatchObject({ investors: [], countries: [] });
  });

  it("keeps any well-formed investor id: investors are data, and the user's records may add any", () => {
    const parsed = parseUrlState('?investor=softbank,user-sakura-internet,softbank');
    expect(parsed.rejected).toEqual([]);
    expect(parsed.state.filters.investors).toEqual(['softbank', 'user-sakura-internet']);
  });

  it('reads whether cross-border money counts in country totals', () => {
    expect(parseUrlState('?xborder=include').state.filters.crossBorder).toBe(true);
    expect(parseUrlState('?xborder=exclude').state.filters.crossBorder).toBe(false);
    expect(parseUrlState('?xborder=maybe').rejected).toEqual(['xborder']);
    expect(serializeUrlState({ ...DEFAULT_STATE, filters: { ...NO_FILTERS, crossBorder: true } }, 'en')).toBe(
      '?lang=en&xborder=include',
    );
  });

  it('drops a period that ends before it starts', () => {
    const parsed = parseUrlState('?from=2029&to=2014');
    expect(parsed.rejected).toEqual(['from', 'to']);
    expect(parsed.state.filters).toEqual(NO_FILTERS);
  });

  it('round-trips filters and keeps other parameters', () => {
    const state: UrlState = {
      ...DEFAULT_STATE,
      view: 'apac',
      filters: { ...NO_FILTERS, investors: ['google'], focus: ['infrastructure', 'skills'], from: 2020 },
    };
    const search = serializeUrlState(state, 'en', '?keep=1');
    expect(search).toBe('?keep=1&view=apac&lang=en&investor=google&focus=infrastructure%2Cskills&from=2020');
    expect(parseUrlState(search)).toEqual({ state, lang: 'en', rejected: [] });
  });
});
