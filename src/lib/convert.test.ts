import { describe, expect, it } from 'vitest';
import { landscape } from '../../tests/fixtures/landscape';
import type { RateChoice } from './convert';
import { MissingRateError, convertAmount, otherRate, yearOf, yenRate } from './convert';
import type { Rate } from './schema';

const { rates } = landscape;

const ARTICLE: RateChoice = { kind: 'article' };
const BY_YEAR: RateChoice = { kind: 'year' };

/** A rate record for hand-made rate tables. */
function rate(fields: Partial<Rate> & Pick<Rate, 'currency' | 'unitsPerUsd' | 'basis'>): Rate {
  return {
    id: `${fields.currency.toLowerCase()}-${fields.year ?? 'x'}`,
    source: 'test-source',
    value: fields.unitsPerUsd,
    direction: 'units-per-usd',
    ...fields,
  };
}

describe('convertAmount', () => {
  it('converts ¥1.6 trillion to exactly $10 billion at the article rate', () => {
    const result = convertAmount({ value: 1.6e12, currency: 'JPY' }, 'USD', rates, ARTICLE, 2026);
    expect(result.value).toBe(10e9);
    expect(result.currency).toBe('USD');
    expect(result.converted).toBe(true);
    expect(result.rates).toEqual([
      { currency: 'JPY', unitsPerUsd: 160, basis: 'article-implied', year: 2026, source: 'article' },
    ]);
  });

  it('uses the article rate whatever the announcement year when the article rate is chosen', () => {
    const result = convertAmount({ value: 29e9, currency: 'JPY' }, 'USD', rates, ARTICLE, 2014);
    expect(result.value).toBe(29e9 / 160);
    expect(result.rates.map((r) => r.basis)).toEqual(['article-implied']);
  });

  it('converts dollars to yen with one rate', () => {
    const result = convertAmount({ value: 10e9, currency: 'USD' }, 'JPY', rates, ARTICLE, 2026);
    expect(result.value).toBe(1.6e12);
    expect(result.currency).toBe('JPY');
    expect(result.converted).toBe(true);
    expect(result.rates).toHaveLength(1);
    expect(result.rates[0]).toMatchObject({ currency: 'JPY', unitsPerUsd: 160, basis: 'article-implied' });
  });

  it("returns the amount unconverted, with no rates, for 'original'", () => {
    for (const amount of [
      { value: 1.6e12, currency: 'JPY' as const },
      { value: 5e9, currency: 'AUD' as const },
      { value: 3.3e9, currency: 'USD' as const },
    ]) {
      expect(convertAmount(amount, 'original', rates, ARTICLE, 2026)).toEqual({
        ...amount,
        converted: false,
        rates: [],
      });
    }
  });

  it("does not need any rate for 'original'", () => {
    expect(convertAmount({ value: 1, currency: 'TWD' }, 'original', [], ARTICLE, undefined).value).toBe(1);
  });

  it('returns the amount unconverted when it is already in the display currency', () => {
    expect(convertAmount({ value: 1.6e12, currency: 'JPY' }, 'JPY', rates, ARTICLE, 2026)).toEqual({
      value: 1.6e12,
      currency: 'JPY',
      converted: false,
      rates: [],
    });
    expect(convertAmount({ value: 3e9, currency: 'USD' }, 'USD', [], BY_YEAR, 2025)).toEqual({
      value: 3e9,
      currency: 'USD',
      converted: false,
      rates: [],
    });
  });

  it("uses 2014's average for a yen amount announced in 2014, in year mode", () => {
    const result = convertAmount({ value: 29e9, currency: 'JPY' }, 'USD', rates, BY_YEAR, 2014);
    expect(result.value).toBe(29e9 / 105.74);
    expect(result.value).toBeCloseTo(274.26e6, -4);
    expect(result.rates).toEqual([
      {
        currency: 'JPY',
        unitsPerUsd: 105.74,
        basis: 'year-average',
        year: 2014,
        source: 'fed-g5a-2016-01-04',
      },
    ]);
  });

  it("uses 2023's average for a yen amount announced in 2023, in year mode", () => {
    const result = convertAmount({ value: 140.5001e9, currency: 'JPY' }, 'USD', rates, BY_YEAR, 2023);
    expect(result.value).toBeCloseTo(1e9, 3);
    expect(result.rates[0]).toMatchObject({ unitsPerUsd: 140.5001, basis: 'year-average', year: 2023 });
  });

  it('falls back to the article rate for 2026, which has no average, and says which year was asked for', () => {
    const result = convertAmount({ value: 1.6e12, currency: 'JPY' }, 'USD', rates, BY_YEAR, 2026);
    expect(result.value).toBe(10e9);
    expect(result.rates).toEqual([
      { currency: 'JPY', unitsPerUsd: 160, basis: 'no-year-average', year: 2026, source: 'article' },
    ]);
  });

  it('names the year asked for, not the year of the article rate record, when falling back', () => {
    const result = convertAmount({ value: 1e12, currency: 'JPY' }, 'USD', rates, BY_YEAR, 2024);
    expect(result.rates[0]).toMatchObject({ unitsPerUsd: 160, basis: 'no-year-average', year: 2024 });
  });

  it('ignores a spot rate in year mode (the 2024 Reuters rate is not a yearly average)', () => {
    const result = convertAmount({ value: 2.26e12, currency: 'JPY' }, 'USD', rates, BY_YEAR, 2024);
    expect(result.rates[0]!.unitsPerUsd).toBe(160);
  });

  it('falls back without a year when the announcement year is unknown', () => {
    const result = convertAmount({ value: 1.6e12, currency: 'JPY' }, 'USD', rates, BY_YEAR, undefined);
    expect(result.value).toBe(10e9);
    expect(result.rates).toHaveLength(1);
    expect(result.rates[0]!.basis).toBe('no-year-average');
    expect(result.rates[0]!.unitsPerUsd).toBe(160);
    expect(result.rates[0]!.year).toBeUndefined();
  });

  it('applies a custom rate in both directions', () => {
    const custom: RateChoice = { kind: 'custom', unitsPerUsd: 150 };
    const toUsd = convertAmount({ value: 1.5e12, currency: 'JPY' }, 'USD', rates, custom, 2026);
    expect(toUsd.value).toBe(10e9);
    expect(toUsd.rates).toEqual([{ currency: 'JPY', unitsPerUsd: 150, basis: 'custom' }]);
    const toYen = convertAmount({ value: 2e9, currency: 'USD' }, 'JPY', rates, custom, 2014);
    expect(toYen.value).toBe(300e9);
    expect(toYen.rates).toEqual([{ currency: 'JPY', unitsPerUsd: 150, basis: 'custom' }]);
  });

  it('applies a custom rate even when the data has no yen rate at all', () => {
    const result = convertAmount(
      { value: 1e9, currency: 'USD' },
      'JPY',
      [],
      { kind: 'custom', unitsPerUsd: 100 },
      2026,
    );
    expect(result.value).toBe(100e9);
  });

  // A 2023 announcement converts at the 2023 average; a later one at the latest average, which is 2023's.
  for (const { title, value, announcedIn, basis } of [
    {
      title: "converts Australian dollars to US dollars at 2023's average for a 2023 announcement",
      value: 5e9,
      announcedIn: 2023,
      basis: 'year-average',
    },
    {
      title: 'uses the latest average (2023) for a 2025 Australian-dollar announcement, and says so',
      value: 20e9,
      announcedIn: 2025,
      basis: 'latest-average',
    },
  ] as const) {
    it(title, () => {
      const result = convertAmount({ value, currency: 'AUD' }, 'USD', rates, ARTICLE, announcedIn);
      // G.5A prints the Australian dollar as 0.6644 US dollars: converted in code, never retyped.
      expect(result.value).toBeCloseTo(value * 0.6644, 0);
      expect(result.rates).toEqual([
        { currency: 'AUD', unitsPerUsd: 1 / 0.6644, basis, year: 2023, source: 'fed-g5a-2024-02-01' },
      ]);
    });
  }

  it('converts Australian dollars to yen through the dollar: the AUD rate first, then the yen rate', () => {
    const result = convertAmount({ value: 20e9, currency: 'AUD' }, 'JPY', rates, ARTICLE, 2025);
    expect(result.currency).toBe('JPY');
    expect(result.value).toBeCloseTo(20e9 * 0.6644 * 160, 0);
    expect(result.rates.map((r) => [r.currency, r.unitsPerUsd, r.basis])).toEqual([
      ['AUD', 1 / 0.6644, 'latest-average'],
      ['JPY', 160, 'article-implied'],
    ]);
  });

  it('uses the same year for both legs in year mode', () => {
    const result = convertAmount({ value: 5e9, currency: 'AUD' }, 'JPY', rates, BY_YEAR, 2023);
    expect(result.value).toBeCloseTo(5e9 * 0.6644 * 140.5001, 0);
    expect(result.rates.map((r) => [r.currency, r.basis, r.year])).toEqual([
      ['AUD', 'year-average', 2023],
      ['JPY', 'year-average', 2023],
    ]);
  });

  it('throws MissingRateError naming a currency that has no rate', () => {
    const onlyYen = rates.filter((r) => r.currency === 'JPY');
    let thrown: unknown;
    try {
      convertAmount({ value: 1e9, currency: 'TWD' }, 'USD', onlyYen, ARTICLE, 2023);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MissingRateError);
    expect((thrown as MissingRateError).currency).toBe('TWD');
    expect((thrown as MissingRateError).name).toBe('MissingRateError');
    expect((thrown as MissingRateError).message).toBe('No exchange rate for TWD in the data');
  });

  it('throws MissingRateError for the yen when the article rate is missing', () => {
    const noArticle = rates.filter((r) => r.basis !== 'article-implied');
    expect(() => convertAmount({ value: 1e9, currency: 'USD' }, 'JPY', noArticle, ARTICLE, 2026)).toThrow(
      MissingRateError,
    );
    expect(() => convertAmount({ value: 1e9, currency: 'JPY' }, 'USD', noArticle, BY_YEAR, 2026)).toThrow(
      'No exchange rate for JPY in the data',
    );
  });

  it('does not need the article rate in year mode when the year has an average', () => {
    const noArticle = rates.filter((r) => r.basis !== 'article-implied');
    expect(
      convertAmount({ value: 105.74e9, currency: 'JPY' }, 'USD', noArticle, BY_YEAR, 2014).value,
    ).toBeCloseTo(1e9, 3);
  });
});

describe('yenRate', () => {
  it('gives the article rate for the article choice', () => {
    expect(yenRate(rates, ARTICLE, 2014)).toEqual({
      currency: 'JPY',
      unitsPerUsd: 160,
      basis: 'article-implied',
      year: 2026,
      source: 'article',
    });
  });

  it("gives the year's average in year mode, or the article rate marked no-year-average", () => {
    for (const [year, unitsPerUsd, basis] of [
      [2014, 105.74, 'year-average'],
      [2022, 131.4589, 'year-average'],
      [2023, 140.5001, 'year-average'],
      // No 2024 annual average was found in a citable release: the article's rate, said as such.
      [2024, 160, 'no-year-average'],
    ] as const) {
      expect(yenRate(rates, BY_YEAR, year)).toMatchObject({ unitsPerUsd, basis, year });
    }
  });

  it('gives the typed rate, without a source, for a custom choice', () => {
    expect(yenRate([], { kind: 'custom', unitsPerUsd: 123.45 }, 2020)).toEqual({
      currency: 'JPY',
      unitsPerUsd: 123.45,
      basis: 'custom',
    });
  });

  it('does not take a yearly average of another currency for the yen', () => {
    const table = [
      rate({ currency: 'AUD', unitsPerUsd: 1.5, basis: 'year-average', year: 2020 }),
      rate({ currency: 'JPY', unitsPerUsd: 160, basis: 'article-implied' }),
    ];
    expect(yenRate(table, BY_YEAR, 2020)).toMatchObject({ unitsPerUsd: 160, basis: 'no-year-average' });
  });
});

describe('otherRate', () => {
  const table = [
    rate({ currency: 'AUD', unitsPerUsd: 1.45, basis: 'year-average', year: 2022 }),
    rate({ currency: 'AUD', unitsPerUsd: 1.51, basis: 'year-average', year: 2023 }),
    rate({ currency: 'AUD', unitsPerUsd: 1.33, basis: 'year-average', year: 2021 }),
    rate({ currency: 'AUD', unitsPerUsd: 1.6, basis: 'spot', year: 2025 }),
    rate({ currency: 'SGD', unitsPerUsd: 1.34, basis: 'year-average', year: 2024 }),
  ];

  it("takes the announcement year's average when there is one", () => {
    expect(otherRate(table, 'AUD', 2022)).toMatchObject({
      unitsPerUsd: 1.45,
      basis: 'year-average',
      year: 2022,
    });
  });

  it('otherwise takes the latest yearly average, whatever the order of the records', () => {
    expect(otherRate(table, 'AUD', 2025)).toMatchObject({
      unitsPerUsd: 1.51,
      basis: 'latest-average',
      year: 2023,
    });
    expect(otherRate([...table].reverse(), 'AUD', 2025)).toMatchObject({ unitsPerUsd: 1.51, year: 2023 });
  });

  it('takes the latest average when the year is unknown', () => {
    expect(otherRate(table, 'AUD', undefined)).toMatchObject({ unitsPerUsd: 1.51, basis: 'latest-average' });
  });

  it('never uses a spot rate or another currency', () => {
    expect(otherRate(table, 'AUD', 2025).unitsPerUsd).not.toBe(1.6);
    expect(() => otherRate(table, 'MYR', 2024)).toThrow(MissingRateError);
  });

  it('does not reorder the rate table it is given', () => {
    const copy = [...table];
    otherRate(copy, 'AUD', 2030);
    expect(copy).toEqual(table);
  });

  it('reads the real table: every non-yen currency has a 2023 average', () => {
    for (const [currency, value] of [
      ['AUD', 1 / 0.6644],
      ['NZD', 1 / 0.6143],
      ['KRW', 1306.7637],
      ['SGD', 1.3428],
      ['MYR', 4.5577],
      ['INR', 82.5708],
      ['THB', 34.7841],
      ['TWD', 31.1525],
    ] as const) {
      expect(otherRate(rates, currency, 2023)).toMatchObject({
        currency,
        unitsPerUsd: value,
        basis: 'year-average',
      });
    }
  });
});

describe('yearOf', () => {
  it.each([
    ['2014', 2014],
    ['2024-04', 2024],
    ['2026-04-03', 2026],
  ])('%s → %d', (date, expected) => {
    expect(yearOf({ date })).toBe(expected);
  });

  it('is undefined without a date', () => {
    expect(yearOf(null)).toBeUndefined();
    expect(yearOf(undefined)).toBeUndefined();
  });
});
