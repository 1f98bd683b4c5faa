import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { commitment, landscape as data, source } from '../../tests/fixtures/landscape';
import { initI18n } from '../i18n/i18n';
import { resources } from '../i18n/resources';
import type { RateUsed } from './convert';
import {
  citeSource,
  commitmentLabel,
  describeRate,
  describeRates,
  isFlagged,
  showAmount,
  sourcesById,
  unitLabel,
  verificationOf,
} from './describe';
import type { Lang } from './format';
import type { DisplaySettings } from './settings';

const T: Record<Lang, TFunction> = { en: initI18n('en', resources).t, ja: initI18n('ja', resources).t };

describe('the test translator', () => {
  it('is initialised synchronously in each language', () => {
    expect(T.en('country.JP')).toBe('Japan');
    expect(T.ja('country.JP')).toBe('日本');
  });
});

/** Fills a locale template the way i18next does, to check the key and values chosen without pinning the copy. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `<missing ${name}>`);
}

describe('describeRate', () => {
  type BasisKey = keyof (typeof resources)['en']['common']['rate']['basis'];
  // [what, rate, locale key, the rate as each language writes it, the year the message names]
  const cases: [string, RateUsed, BasisKey, Record<Lang, string>, string][] = [
    [
      'the article rate',
      { currency: 'JPY', unitsPerUsd: 160, basis: 'article-implied', year: 2026, source: 'article' },
      'article-implied',
      { en: '¥160/$', ja: '1ドル＝160円' },
      '', // the article rate's message names no year
    ],
    [
      "2014's average",
      { currency: 'JPY', unitsPerUsd: 105.74, basis: 'year-average', year: 2014 },
      'year-average',
      { en: '¥105.74/$', ja: '1ドル＝105.74円' },
      '2014',
    ],
    [
      'a custom rate',
      { currency: 'JPY', unitsPerUsd: 150.25, basis: 'custom' },
      'custom',
      { en: '¥150.25/$', ja: '1ドル＝150.25円' },
      '',
    ],
    [
      'no average for 2026',
      { currency: 'JPY', unitsPerUsd: 160, basis: 'no-year-average', year: 2026 },
      'no-year-average',
      { en: '¥160/$', ja: '1ドル＝160円' },
      '2026',
    ],
    [
      'no announcement date',
      { currency: 'JPY', unitsPerUsd: 160, basis: 'no-year-average' },
      'no-year-average-undated',
      { en: '¥160/$', ja: '1ドル＝160円' },
      '',
    ],
    [
      'the latest Australian-dollar average',
      { currency: 'AUD', unitsPerUsd: 1.5051, basis: 'latest-average', year: 2023 },
      'latest-average',
      { en: 'A$1.5051/$', ja: '1ドル＝1.5051豪ドル' },
      '2023',
    ],
  ];

  for (const lang of ['en', 'ja'] as const) {
    it.each(cases)(`describes %s with its own message (${lang})`, (_, rate, key, text, year) => {
      const template = resources[lang].common.rate.basis[key];
      const described = describeRate(rate, lang, T[lang]);
      expect(described).toBe(fill(template, { rate: text[lang], year }));
      expect(described).toContain(text[lang]);
      if (year) expect(described).toContain(year);
    });
  }

  it.each<[RateUsed, string]>([
    [
      { currency: 'JPY', unitsPerUsd: 160, basis: 'article-implied', year: 2026, source: 'article' },
      '¥160/$, implied by the article (“roughly $10 billion at current exchange rates”)',
    ],
    [{ currency: 'JPY', unitsPerUsd: 105.74, basis: 'year-average', year: 2014 }, '¥105.74/$, 2014 average'],
    [{ currency: 'JPY', unitsPerUsd: 150.25, basis: 'custom' }, '¥150.25/$, your rate'],
    [
      { currency: 'JPY', unitsPerUsd: 160, basis: 'no-year-average', year: 2026 },
      "¥160/$: no 2026 average in the record, so the article's rate",
    ],
    [
      { currency: 'JPY', unitsPerUsd: 160, basis: 'no-year-average' },
      "¥160/$: announcement date not stated, so the article's rate",
    ],
    [
      { currency: 'AUD', unitsPerUsd: 1.5051, basis: 'latest-average', year: 2023 },
      'A$1.5051/$, 2023 average (the latest in the record)',
    ],
    [{ currency: 'AUD', unitsPerUsd: 1.5051, basis: 'year-average', year: 2023 }, 'A$1.5051/$, 2023 average'],
  ])('reads %j in English as %s', (rate, expected) => {
    expect(describeRate(rate, 'en', T.en)).toBe(expected);
  });

  it('reads the article rate and the 2014 average in Japanese', () => {
    expect(
      describeRate({ currency: 'JPY', unitsPerUsd: 160, basis: 'article-implied', year: 2026 }, 'ja', T.ja),
    ).toBe('1ドル＝160円（記事の「現在のレートで約100億ドル」から算出）');
    expect(
      describeRate({ currency: 'JPY', unitsPerUsd: 105.74, basis: 'year-average', year: 2014 }, 'ja', T.ja),
    ).toBe('1ドル＝105.74円（2014年の年間平均）');
  });

  it('never leaves a placeholder unfilled, in either language', () => {
    for (const lang of ['en', 'ja'] as const)
      for (const [, rate] of cases) expect(describeRate(rate, lang, T[lang])).not.toMatch(/\{\{|undefined/);
  });

  it('writes a year without digit grouping', () => {
    const rate: RateUsed = { currency: 'JPY', unitsPerUsd: 140.5, basis: 'year-average', year: 2023 };
    expect(describeRate(rate, 'en', T.en)).not.toContain('2,023');
  });
});

describe('describeRates', () => {
  const rates: RateUsed[] = [
    { currency: 'AUD', unitsPerUsd: 1.5051, basis: 'latest-average', year: 2023 },
    { currency: 'JPY', unitsPerUsd: 160, basis: 'article-implied', year: 2026 },
  ];

  it('joins the rates in the order they were applied', () => {
    expect(describeRates(rates, 'en', T.en)).toBe(
      'A$1.5051/$, 2023 average (the latest in the record); ¥160/$, implied by the article (“roughly $10 billion at current exchange rates”)',
    );
    expect(describeRates(rates, 'ja', T.ja)).toBe(
      `${describeRate(rates[0]!, 'ja', T.ja)}、${describeRate(rates[1]!, 'ja', T.ja)}`,
    );
    expect(describeRates(rates, 'ja', T.ja)).toMatch(/^1ドル＝1\.5051豪ドル.*、1ドル＝160円/);
  });

  it('is empty for no rates', () => {
    expect(describeRates([], 'en', T.en)).toBe('');
  });
});

describe('isFlagged', () => {
  it.each([
    ['differs', true],
    ['not-found', true],
    ['partly', true],
    ['agrees', false],
    ['agrees-in-substance', false],
    [undefined, false],
  ] as const)('%s → %s', (status, flagged) => {
    expect(isFlagged(status)).toBe(flagged);
  });
});

describe('verificationOf', () => {
  it('finds the verification a record names', () => {
    expect(verificationOf(data, 'v-ms-sg')?.status).toBe('differs');
  });

  it('is undefined for no id or an unknown one', () => {
    expect(verificationOf(data, undefined)).toBeUndefined();
    expect(verificationOf(data, 'v-none')).toBeUndefined();
  });
});

describe('showAmount', () => {
  const settings = (lang: Lang, currency: DisplaySettings['currency']): DisplaySettings => ({
    lang,
    currency,
    rate: { kind: 'article' },
  });
  const msJp = commitment('ms-jp-2026');

  it('shows ¥1.6 trillion as announced in a yen display', () => {
    const shown = showAmount(msJp, data, settings('en', 'JPY'));
    expect(shown).toMatchObject({
      value: 1.6e12,
      currency: 'JPY',
      converted: false,
      rates: [],
      text: '¥1.6 trillion',
      axis: '¥1.6T',
      announced: '¥1.6 trillion',
    });
  });

  it('shows 1.6兆円 as announced in a Japanese yen display', () => {
    const shown = showAmount(msJp, data, settings('ja', 'JPY'));
    expect(shown).toMatchObject({
      converted: false,
      text: '1.6兆円',
      announced: '1.6兆円',
    });
  });

  it('shows ~$10 billion at the article rate in a dollar display', () => {
    const shown = showAmount(msJp, data, settings('en', 'USD'));
    expect(shown.value).toBe(10e9);
    expect(shown.currency).toBe('USD');
    expect(shown.converted).toBe(true);
    expect(shown.text).toBe('~$10 billion');
    expect(shown.axis).toBe('$10B');
    expect(shown.announced).toBe('¥1.6 trillion');
    expect(shown.rates).toEqual([expect.objectContaining({ unitsPerUsd: 160, basis: 'article-implied' })]);
  });

  it('shows 約100億ドル at the article rate in a Japanese dollar display', () => {
    const shown = showAmount(msJp, data, settings('ja', 'USD'));
    expect(shown.text).toBe('約100億ドル');
    expect(shown.axis).toBe('100億ドル');
    expect(shown.announced).toBe('1.6兆円');
  });

  it('shows the amount as announced in an "original" display, whatever the rate choice', () => {
    for (const rate of [
      { kind: 'article' },
      { kind: 'year' },
      { kind: 'custom', unitsPerUsd: 100 },
    ] as const) {
      const shown = showAmount(msJp, data, { lang: 'en', currency: 'original', rate });
      expect(shown).toMatchObject({
        value: 1.6e12,
        currency: 'JPY',
        converted: false,
        text: '¥1.6 trillion',
      });
    }
  });

  it('uses the chosen rate: 2014 in year mode, a custom rate', () => {
    const ms2014 = commitment('ms-jp-2014');
    const byYear = showAmount(ms2014, data, { lang: 'en', currency: 'USD', rate: { kind: 'year' } });
    expect(byYear.value).toBeCloseTo(29e9 / 105.74, 0);
    expect(byYear.text).toBe('~$274 million');
    const custom = showAmount(msJp, data, {
      lang: 'en',
      currency: 'USD',
      rate: { kind: 'custom', unitsPerUsd: 100 },
    });
    expect(custom.text).toBe('~$16 billion');
  });

  it('keeps "more than" on an amount shown as announced', () => {
    const oracle = commitment('oracle-jp-2024');
    expect(oracle.amount.qualifier).toBe('moreThan');
    const en = showAmount(oracle, data, settings('en', 'USD'));
    expect(en.converted).toBe(false);
    expect(en.text).toBe('more than $8 billion');
    expect(en.announced).toBe('more than $8 billion');
    expect(en.axis).toBe('$8B');
    expect(showAmount(oracle, data, settings('ja', 'original')).text).toBe('80億ドル超');
  });

  it('keeps "at least" on an amount shown as announced', () => {
    expect(showAmount(commitment('aws-kr-2025'), data, settings('en', 'original')).text).toBe(
      'at least $5 billion',
    );
  });

  it('marks a converted qualified amount as approximate and keeps what the source says of it', () => {
    const shown = showAmount(commitment('oracle-jp-2024'), data, settings('en', 'JPY'));
    expect(shown.converted).toBe(true);
    expect(shown.value).toBe(8e9 * 160);
    expect(shown.text).toBe('more than ~¥1.28 trillion');
    expect(shown.announced).toBe('more than $8 billion');
    expect(showAmount(commitment('oracle-jp-2024'), data, settings('ja', 'JPY')).text).toBe('約1.28兆円超');
  });
});

describe('commitmentLabel', () => {
  it.each<[string, Lang, string]>([
    ['ms-jp-2026', 'en', 'Microsoft · 2026–2029'],
    ['ms-jp-2026', 'ja', 'マイクロソフト · 2026～2029年'],
    ['ms-id-2024', 'en', 'Microsoft · 4 years from 2024'],
    ['ms-id-2024', 'ja', 'マイクロソフト · 2024年から4年間'],
    ['aws-jp-article', 'en', 'AWS · through 2027'],
    ['aws-jp-article', 'ja', 'AWS · 2027年まで'],
    ['google-jp-article', 'en', 'Google · April 2024'],
    ['google-jp-article', 'ja', 'グーグル · 2024年4月'],
    ['ms-jp-2014', 'en', 'Microsoft · 2014'],
    ['ms-jp-2014', 'ja', 'マイクロソフト · 2014年'],
    ['ms-sg-article', 'en', 'Microsoft · period not stated'],
    ['ms-sg-article', 'ja', 'マイクロソフト · 期間の記載なし'],
  ])('%s in %s → %s', (id, lang, expected) => {
    expect(commitmentLabel(commitment(id), data.investors, lang, T[lang])).toBe(expected);
  });

  it('names the country instead of the investor when asked', () => {
    expect(commitmentLabel(commitment('ms-jp-2026'), data.investors, 'en', T.en, true)).toBe(
      'Japan · 2026–2029',
    );
    expect(commitmentLabel(commitment('aws-kr-2025'), data.investors, 'ja', T.ja, true)).toBe(
      '韓国 · 2031年まで',
    );
  });
});

describe('citeSource', () => {
  it('cites a news source with its publisher, agency and date (en)', () => {
    expect(citeSource(source('cnbc-2024-01-19'), 'en', T.en)).toBe('cnbc.com, via Reuters, Jan 19, 2024');
  });

  it('cites a news source with its publisher, agency and date (ja)', () => {
    expect(citeSource(source('cnbc-2024-01-19'), 'ja', T.ja)).toBe('cnbc.com、ロイター配信、2024年1月19日');
  });

  it('leaves out what the record does not give', () => {
    // No date on the stored copy (the Sources view says why), no agency, no title unless asked for.
    expect(citeSource(source('ctvnews-2024-04-09'), 'en', T.en)).toBe('ctvnews.ca, via Reuters');
    expect(citeSource(source('neowin'), 'ja', T.ja)).toBe('neowin.net、2023年5月18日');
    expect(citeSource(source('cnbc-2024-01-19'), 'en', T.en, { withTitle: true })).toBe(
      "cnbc.com, via Reuters, Amazon's AWS to invest $15 billion to expand cloud computing in Japan, Jan 19, 2024",
    );
  });

  it('cites a statistics source with its title', () => {
    expect(citeSource(source('fed-g5a-2016-01-04'), 'en', T.en)).toBe(
      'US Federal Reserve, G.5A Foreign Exchange Rates (Annual), Jan 4, 2016',
    );
  });

  it('writes a month-precision date as a month', () => {
    const monthly = {
      ...source('executivegov-2023-09'),
      published: { date: '2023-09', precision: 'month' as const },
    };
    expect(citeSource(monthly, 'en', T.en)).toBe('executivegov.com, September 2023');
    expect(citeSource(monthly, 'ja', T.ja)).toBe('executivegov.com、2023年9月');
  });

  it('cites the article by its title and says that its publisher and date are not stated', () => {
    expect(citeSource(source('article'), 'en', T.en)).toBe(
      'The article: “Microsoft plans $10 billion AI and cybersecurity investment in Japan” (publisher and date not stated)',
    );
    expect(citeSource(source('article'), 'ja', T.ja)).toContain(
      '記事「Microsoft plans $10 billion AI and cybersecurity investment in Japan」',
    );
    expect(citeSource(source('article'), 'ja', T.ja)).toContain('媒体名・日付の記載なし');
  });
});

describe('sourcesById', () => {
  it('returns the sources in the order asked, skipping unknown ids', () => {
    expect(sourcesById(data, ['electwork-2026-04-03', 'nope', 'article']).map((s) => s.id)).toEqual([
      'electwork-2026-04-03',
      'article',
    ]);
  });
});

describe('unitLabel', () => {
  it('names dollars for a dollar display and yen otherwise', () => {
    expect(unitLabel('USD', T.en)).toBe('in US dollars');
    expect(unitLabel('JPY', T.ja)).toBe('円建て');
    expect(unitLabel('original', T.en)).toBe('in yen');
  });
});
