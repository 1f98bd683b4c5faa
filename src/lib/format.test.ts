import { describe, expect, it } from 'vitest';
import enMessages from '../../locales/en/format.json';
import jaMessages from '../../locales/ja/format.json';
import type { CurrencyCode, DatePrecision, Lang, MoneyStyle, PartialDate, Period } from './format';
import {
  currencySymbol,
  formatCalendarYear,
  formatCount,
  formatMoney,
  formatMultiple,
  formatNumber,
  formatPartialDate,
  formatPeriod,
  formatRate,
  interpolate,
  isValidPartialDate,
  joinList,
  listSeparator,
} from './format';

type MoneyCase = [value: number, currency: CurrencyCode, expected: string];

function moneyCases(lang: Lang, style: MoneyStyle, cases: MoneyCase[]): void {
  it.each(cases)(`${lang} ${style}: %d %s → %s`, (value, currency, expected) => {
    expect(formatMoney(value, currency, lang, { style })).toBe(expected);
  });
}

describe('formatMoney headline (default style)', () => {
  it('uses headline when no style is given', () => {
    expect(formatMoney(1.6e12, 'JPY', 'en')).toBe('¥1.6 trillion');
    expect(formatMoney(1.6e12, 'JPY', 'ja')).toBe('1.6兆円');
  });

  moneyCases('en', 'headline', [
    [1.6e12, 'JPY', '¥1.6 trillion'],
    [29e9, 'JPY', '¥29 billion'],
    [10e9, 'USD', '$10 billion'],
    [2.26e12, 'JPY', '¥2.26 trillion'],
    [5e9, 'AUD', 'A$5 billion'],
    [25.5e9, 'MYR', 'RM25.5 billion'],
    [12e9, 'SGD', 'S$12 billion'],
    [100e9, 'JPY', '¥100 billion'],
    [464e9, 'JPY', '¥464 billion'],
    [17.5e9, 'USD', '$17.5 billion'],
    [2e12, 'JPY', '¥2 trillion'],
    [950e6, 'USD', '$950 million'],
    [0, 'USD', '$0'],
    [0, 'JPY', '¥0'],
    [3e9, 'INR', '₹3 billion'],
    [90e9, 'THB', '฿90 billion'],
    [1.2e9, 'TWD', 'NT$1.2 billion'],
    [950_000, 'USD', '$950,000'],
  ]);

  moneyCases('ja', 'headline', [
    [1.6e12, 'JPY', '1.6兆円'],
    [29e9, 'JPY', '290億円'],
    [10e9, 'USD', '100億ドル'],
    [2.26e12, 'JPY', '2.26兆円'],
    [1e12, 'JPY', '1兆円'],
    [5e9, 'AUD', '50億豪ドル'],
    [25.5e9, 'MYR', '255億リンギット'],
    [12e9, 'SGD', '120億シンガポールドル'],
    [100e9, 'JPY', '1,000億円'],
    [464e9, 'JPY', '4,640億円'],
    [17.5e9, 'USD', '175億ドル'],
    [1.7e9, 'USD', '17億ドル'],
    [30e6, 'USD', '3,000万ドル'],
    [0, 'JPY', '0円'],
    [0, 'USD', '0ドル'],
    [3e9, 'INR', '30億インドルピー'],
    [90e9, 'THB', '900億タイバーツ'],
    [1.2e9, 'TWD', '12億台湾ドル'],
    [950, 'USD', '950ドル'],
  ]);
});

describe('formatMoney headline: converted figures round, announced ones never change their number', () => {
  it.each([
    [274.3e6, 'USD', 'en', '~$274 million', '$274.3 million'],
    [15.24e9, 'USD', 'en', '~$15.2 billion', '$15.24 billion'],
    [999.6e9, 'USD', 'en', '~$1 trillion', '$999.6 billion'],
    [126.8e9, 'THB', 'en', '~฿127 billion', '฿126.8 billion'],
    [274.3e6, 'USD', 'ja', '約2億7,400万ドル', '2億7,430万ドル'],
    [15.24e9, 'USD', 'ja', '約152億ドル', '152億4,000万ドル'],
    // Between 10億 and 100億 a third significant digit would need a decimal 億: a conversion rounds to whole 億,
    // an announced amount keeps its 万.
    [1.25e9, 'USD', 'ja', '約13億ドル', '12億5,000万ドル'],
    [999.6e9, 'JPY', 'ja', '約1兆円', '9,996億円'],
    [126.8e9, 'THB', 'ja', '約1,270億タイバーツ', '1,268億タイバーツ'],
    [2.265e12, 'JPY', 'ja', '約2.27兆円', '2.265兆円'],
  ] as const)('%d %s in %s: converted %s, announced %s', (value, currency, lang, converted, announced) => {
    expect(formatMoney(value, currency, lang, { approx: true })).toBe(converted);
    expect(formatMoney(value, currency, lang)).toBe(announced);
  });
});

describe('formatMoney exact style', () => {
  moneyCases('en', 'exact', [
    [15.24e9, 'USD', '$15.24 billion'],
    [2.26e12, 'JPY', '¥2.26 trillion'],
    [1.6e12, 'JPY', '¥1.6 trillion'],
    [274.3e6, 'USD', '$274.3 million'],
    [1_234_567_890, 'USD', '$1.23456789 billion'],
    [0, 'USD', '$0'],
  ]);

  moneyCases('ja', 'exact', [
    [1.6e12, 'JPY', '1兆6,000億円'],
    [2.26e12, 'JPY', '2兆2,600億円'],
    [15.24e9, 'USD', '152億4,000万ドル'],
    [29e9, 'JPY', '290億円'],
    [1e12, 'JPY', '1兆円'],
    [274.3e6, 'USD', '2億7,430万ドル'],
    [123_456_789, 'JPY', '1億2,345万6,789円'],
    [0, 'JPY', '0円'],
  ]);
});

describe('formatMoney axis style', () => {
  moneyCases('en', 'axis', [
    [1.6e12, 'JPY', '¥1.6T'],
    [10e9, 'USD', '$10B'],
    [29e9, 'JPY', '¥29B'],
    [274.3e6, 'USD', '$274M'],
    [5e9, 'AUD', 'A$5B'],
    [0, 'JPY', '¥0'],
    [500e9, 'JPY', '¥500B'],
    [250e3, 'USD', '$250K'],
  ]);

  moneyCases('ja', 'axis', [
    [1.6e12, 'JPY', '1.6兆円'],
    [500e9, 'JPY', '5,000億円'],
    [10e9, 'USD', '100億ドル'],
    [0, 'JPY', '0円'],
  ]);
});

describe('formatMoney qualifiers', () => {
  it('writes English qualifiers', () => {
    expect(formatMoney(10e9, 'USD', 'en', { qualifier: 'approx' })).toBe('~$10 billion');
    expect(formatMoney(8e9, 'USD', 'en', { qualifier: 'moreThan' })).toBe('more than $8 billion');
    expect(formatMoney(5e9, 'USD', 'en', { qualifier: 'atLeast' })).toBe('at least $5 billion');
  });

  it('writes Japanese qualifiers', () => {
    expect(formatMoney(10e9, 'USD', 'ja', { qualifier: 'approx' })).toBe('約100億ドル');
    expect(formatMoney(8e9, 'USD', 'ja', { qualifier: 'moreThan' })).toBe('80億ドル超');
    expect(formatMoney(5e9, 'USD', 'ja', { qualifier: 'atLeast' })).toBe('50億ドル以上');
  });

  it('applies to the exact style', () => {
    expect(formatMoney(1.6e12, 'JPY', 'ja', { style: 'exact', qualifier: 'approx' })).toBe('約1兆6,000億円');
    expect(formatMoney(15.24e9, 'USD', 'en', { style: 'exact', qualifier: 'moreThan' })).toBe(
      'more than $15.24 billion',
    );
  });

  it('is ignored by the axis style', () => {
    expect(formatMoney(10e9, 'USD', 'en', { style: 'axis', qualifier: 'approx' })).toBe('$10B');
    expect(formatMoney(10e9, 'USD', 'ja', { style: 'axis', qualifier: 'moreThan' })).toBe('100億ドル');
  });
});

describe('formatMoney negative and invalid values', () => {
  it('puts a leading minus before the currency', () => {
    expect(formatMoney(-10e9, 'USD', 'en')).toBe('-$10 billion');
    expect(formatMoney(-10e9, 'USD', 'ja')).toBe('-100億ドル');
    expect(formatMoney(-1.6e12, 'JPY', 'ja', { style: 'exact' })).toBe('-1兆6,000億円');
    expect(formatMoney(-500e9, 'JPY', 'en', { style: 'axis' })).toBe('-¥500B');
  });

  it('writes no minus on zero', () => {
    expect(formatMoney(-0, 'USD', 'en')).toBe('$0');
    expect(formatMoney(-0.001, 'JPY', 'ja', { style: 'exact' })).toBe('0円');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'throws a RangeError on %d',
    (value) => {
      expect(() => formatMoney(value, 'USD', 'en')).toThrow(RangeError);
      expect(() => formatMoney(value, 'JPY', 'ja')).toThrow(RangeError);
    },
  );

  it('throws on an unknown currency or language from untyped data', () => {
    expect(() => formatMoney(1, 'EUR' as CurrencyCode, 'en')).toThrow(RangeError);
    expect(() => formatMoney(1, 'USD', 'fr' as Lang)).toThrow(RangeError);
  });
});

describe('currencySymbol', () => {
  it('gives the prefix symbol in English and the suffix name in Japanese', () => {
    expect(currencySymbol('JPY', 'en')).toBe('¥');
    expect(currencySymbol('TWD', 'en')).toBe('NT$');
    expect(currencySymbol('JPY', 'ja')).toBe('円');
    expect(currencySymbol('USD', 'ja')).toBe('ドル');
  });
});

describe('formatCount', () => {
  it.each([
    [3_000_000, '3 million people', '300万人'],
    [1_000_000, '1 million people', '100万人'],
    [2_500_000, '2.5 million people', '250万人'],
    [950, '950 people', '950人'],
    [1, '1 person', '1人'],
    [12_345, '12,345 people', '1万2,345人'],
  ])('%d people → %s / %s', (value, english, japanese) => {
    expect(formatCount(value, 'en', 'people')).toBe(english);
    expect(formatCount(value, 'ja', 'people')).toBe(japanese);
  });

  it('writes a bare count without a unit', () => {
    expect(formatCount(3_000_000, 'en')).toBe('3 million');
    expect(formatCount(3_000_000, 'ja')).toBe('300万');
    expect(formatCount(950, 'en')).toBe('950');
  });

  it('throws on negative or non-finite counts', () => {
    expect(() => formatCount(-1, 'en')).toThrow(RangeError);
    expect(() => formatCount(Number.NaN, 'ja')).toThrow(RangeError);
  });
});

describe('formatNumber', () => {
  it('uses the given fraction digits in both languages', () => {
    expect(formatNumber(1234.5, 'en', { max: 1 })).toBe('1,234.5');
    expect(formatNumber(1234.5, 'ja', { max: 1 })).toBe('1,234.5');
  });

  it('defaults to at most two fraction digits and honours a minimum', () => {
    expect(formatNumber(1234.567, 'en')).toBe('1,234.57');
    expect(formatNumber(2, 'en', { min: 1 })).toBe('2.0');
    expect(formatNumber(1234.5, 'en', { max: 0 })).toBe('1,235');
  });
});

describe('formatRate', () => {
  it.each([
    [160, 'JPY', '¥160/$', '1ドル＝160円'],
    [105.74, 'JPY', '¥105.74/$', '1ドル＝105.74円'],
    [1.5051, 'AUD', 'A$1.5051/$', '1ドル＝1.5051豪ドル'],
    [1.50512, 'AUD', 'A$1.5051/$', '1ドル＝1.5051豪ドル'],
    [1.5, 'AUD', 'A$1.5/$', '1ドル＝1.5豪ドル'],
  ] as const)('%d %s → %s / %s', (rate, currency, english, japanese) => {
    expect(formatRate(rate, currency, 'en')).toBe(english);
    expect(formatRate(rate, currency, 'ja')).toBe(japanese);
  });

  it('throws on a rate that is not positive', () => {
    expect(() => formatRate(0, 'JPY', 'en')).toThrow(RangeError);
  });
});

describe('formatMultiple', () => {
  it('writes English multiples', () => {
    expect(formatMultiple(55.17, 'en')).toBe('×55');
    expect(formatMultiple(55.17, 'en', { approx: true })).toBe('about 55 times');
    expect(formatMultiple(36.46, 'en')).toBe('×36');
    expect(formatMultiple(1.5, 'en')).toBe('×1.5');
    expect(formatMultiple(10.4, 'en')).toBe('×10');
    expect(formatMultiple(2.04, 'en')).toBe('×2');
  });

  it('writes Japanese multiples', () => {
    expect(formatMultiple(55.17, 'ja')).toBe('55倍');
    expect(formatMultiple(55.17, 'ja', { approx: true })).toBe('約55倍');
    expect(formatMultiple(1.5, 'ja')).toBe('1.5倍');
  });
});

describe('formatPartialDate', () => {
  const cases: [PartialDate | null, string, string][] = [
    [{ date: '2026-04-03', precision: 'day' }, 'Apr 3, 2026', '2026年4月3日'],
    [{ date: '2024-04', precision: 'month' }, 'April 2024', '2024年4月'],
    [{ date: '2014', precision: 'year' }, '2014', '2014年'],
    [{ date: '2026-04-01', precision: 'day', qualifier: 'around' }, 'around Apr 1, 2026', '2026年4月1日ごろ'],
    [{ date: '2027', precision: 'year', qualifier: 'early' }, 'early 2027', '2027年初め'],
    [{ date: '2024', precision: 'year', qualifier: 'late' }, 'late 2024', '2024年後半'],
    [{ date: '2024-04', precision: 'month', qualifier: 'early' }, 'early April 2024', '2024年4月上旬'],
    [{ date: '2024-12', precision: 'month', qualifier: 'late' }, 'late December 2024', '2024年12月下旬'],
    [{ date: '2024-01-01', precision: 'day' }, 'Jan 1, 2024', '2024年1月1日'],
    [{ date: '2024-12-31', precision: 'day' }, 'Dec 31, 2024', '2024年12月31日'],
    [null, 'date not stated', '日付の記載なし'],
  ];

  it.each(cases)('%j → %s / %s', (d, english, japanese) => {
    expect(formatPartialDate(d, 'en')).toBe(english);
    expect(formatPartialDate(d, 'ja')).toBe(japanese);
  });

  it.each<PartialDate>([
    { date: '2026-04', precision: 'day' },
    { date: '2026-04-03', precision: 'month' },
    { date: '26', precision: 'year' },
    { date: '2026-13', precision: 'month' },
    { date: '2026-02-30', precision: 'day' },
    { date: '2026-4-3', precision: 'day' },
    { date: '2026-04-03', precision: 'day', qualifier: 'early' },
    { date: '2026', precision: 'week' as unknown as DatePrecision },
  ])('throws on invalid input %j', (d) => {
    expect(() => formatPartialDate(d, 'en')).toThrow(RangeError);
  });
});

describe('formatPeriod', () => {
  const cases: [Period, string, string][] = [
    [{ kind: 'range', start: 2026, end: 2029 }, '2026–2029', '2026～2029年'],
    [{ kind: 'range', start: 2014, end: 2014 }, '2014', '2014年'],
    [{ kind: 'until', end: 2027 }, 'through 2027', '2027年まで'],
    [{ kind: 'duration', years: 4, from: 2024 }, '4 years from 2024', '2024年から4年間'],
    [{ kind: 'duration', years: 1, from: 2024 }, '1 year from 2024', '2024年から1年間'],
    [{ kind: 'unknown' }, 'period not stated', '期間の記載なし'],
  ];

  it.each(cases)('%j → %s / %s', (p, english, japanese) => {
    expect(formatPeriod(p, 'en')).toBe(english);
    expect(formatPeriod(p, 'ja')).toBe(japanese);
  });

  it('uses the en dash and the full-width wave dash', () => {
    expect(formatPeriod({ kind: 'range', start: 2026, end: 2029 }, 'en')).toContain('\u2013');
    expect(formatPeriod({ kind: 'range', start: 2026, end: 2029 }, 'ja')).toContain('\uFF5E');
  });

  it('throws on a backwards range, a fractional year or a non-positive duration', () => {
    expect(() => formatPeriod({ kind: 'range', start: 2029, end: 2026 }, 'en')).toThrow(RangeError);
    expect(() => formatPeriod({ kind: 'until', end: 2027.5 }, 'en')).toThrow(RangeError);
    expect(() => formatPeriod({ kind: 'duration', years: 0, from: 2024 }, 'en')).toThrow(RangeError);
  });
});

describe('locale files', () => {
  function keyPaths(value: unknown, prefix = ''): string[] {
    if (typeof value !== 'object' || value === null) return [prefix];
    return Object.entries(value).flatMap(([key, child]) =>
      keyPaths(child, prefix ? `${prefix}.${key}` : key),
    );
  }

  it('have exactly the same keys in English and Japanese', () => {
    expect(keyPaths(jaMessages).sort()).toEqual(keyPaths(enMessages).sort());
  });

  it('hold only non-empty strings', () => {
    for (const messages of [enMessages, jaMessages]) {
      const leaves = keyPaths(messages).map((path) =>
        path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages),
      );
      for (const leaf of leaves) expect(typeof leaf === 'string' && leaf.length > 0).toBe(true);
    }
  });
});

describe('interpolate', () => {
  it('fills placeholders and throws on a missing value', () => {
    expect(interpolate('{{a}} and {{b}}', { a: '1', b: '2' })).toBe('1 and 2');
    expect(() => interpolate('{{a}}', {})).toThrow();
  });
});

describe('formatMoney: a converted figure that the source qualifies', () => {
  it('keeps "more than" / "at least" around the approximation mark', () => {
    expect(formatMoney(1.28e12, 'JPY', 'en', { qualifier: 'moreThan', approx: true })).toBe(
      'more than ~¥1.28 trillion',
    );
    expect(formatMoney(1.28e12, 'JPY', 'ja', { qualifier: 'moreThan', approx: true })).toBe('約1.28兆円超');
    expect(formatMoney(8e11, 'JPY', 'en', { qualifier: 'atLeast', approx: true })).toBe(
      'at least ~¥800 billion',
    );
    expect(formatMoney(8e11, 'JPY', 'ja', { qualifier: 'atLeast', approx: true })).toBe('約8,000億円以上');
  });
  it('marks approximation once, however it is asked for', () => {
    expect(formatMoney(10e9, 'USD', 'en', { approx: true })).toBe('~$10 billion');
    expect(formatMoney(10e9, 'USD', 'ja', { qualifier: 'approx', approx: true })).toBe('約100億ドル');
    expect(formatMoney(10e9, 'USD', 'en', { approx: false })).toBe('$10 billion');
  });
  it('leaves axis ticks bare', () => {
    expect(formatMoney(10e9, 'USD', 'en', { style: 'axis', qualifier: 'moreThan', approx: true })).toBe(
      '$10B',
    );
  });
});

describe('joinList', () => {
  it('joins items, clauses and alternatives in each language', () => {
    expect(joinList(['A', 'B'], 'en')).toBe('A, B');
    expect(joinList(['A', 'B'], 'ja')).toBe('A、B');
    expect(joinList(['A, 1', 'B'], 'en', 'clauses')).toBe('A, 1; B');
    expect(joinList(['A', 'B'], 'ja', 'clauses')).toBe('A、B');
    expect(joinList(['A', 'B'], 'en', 'alternatives')).toBe('A / B');
    expect(joinList(['A', 'B'], 'ja', 'alternatives')).toBe('A／B');
    expect(listSeparator('ja', 'items')).toBe('、');
  });
});

describe('formatCalendarYear', () => {
  it('writes a year as a date is written', () => {
    expect(formatCalendarYear(2014, 'en')).toBe('2014');
    expect(formatCalendarYear(2033, 'ja')).toBe('2033年');
  });
  it('rejects what is not a year', () => {
    expect(() => formatCalendarYear(2014.5, 'en')).toThrow(RangeError);
    expect(() => formatCalendarYear(99, 'en')).toThrow(RangeError);
  });
});

describe('isValidPartialDate', () => {
  it('accepts dates that match their precision and exist', () => {
    expect(isValidPartialDate({ date: '2024-02-29', precision: 'day' })).toBe(true);
    expect(isValidPartialDate({ date: '2024-04', precision: 'month' })).toBe(true);
    expect(isValidPartialDate({ date: '2014', precision: 'year' })).toBe(true);
  });
  it('rejects days that do not exist and strings that do not match their precision', () => {
    expect(isValidPartialDate({ date: '2023-02-29', precision: 'day' })).toBe(false);
    expect(isValidPartialDate({ date: '2024-04-31', precision: 'day' })).toBe(false);
    expect(isValidPartialDate({ date: '2024-04', precision: 'day' })).toBe(false);
    expect(isValidPartialDate({ date: '2024-13', precision: 'month' })).toBe(false);
  });
});
