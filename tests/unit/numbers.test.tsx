// Every commitment's figure, as the data table shows it in both languages, in yen, in dollars and as announced, read
// back from the screen text and checked against the record and the exchange rate. The reading and the expected value
// are computed here, without src/lib/format.ts or src/lib/convert.ts, so that a change there can never misstate an
// amount by a factor of ten (as "100億ドル" once became "$100 billion") without this test failing.
//
// It renders CommitmentTable, the text alternative of every commitments chart, in jsdom: it holds every record at
// once (each view shows a subset), shows the same ShownAmount text as the bar labels and tooltips, and twelve
// renderings of all the records take about a second here rather than a dozen page loads.
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import jaCommon from '../../locales/ja/common.json';
import { CommitmentTable } from '../../src/components/CommitmentTable';
import { initI18n } from '../../src/i18n/i18n';
import { resources } from '../../src/i18n/resources';
import { commitmentRows } from '../../src/lib/commitment-rows';
import type { DisplayCurrency, RateChoice } from '../../src/lib/convert';
import type { Lang } from '../../src/lib/format';
import type { Commitment } from '../../src/lib/schema';
import { landscape } from '../fixtures/landscape';
import type { ReadMoney } from '../fixtures/read-money';
import { readEnglishMoney, readJapaneseMoney } from '../fixtures/read-money';

const COMMON = { en: enCommon, ja: jaCommon } as const;
const READ = { en: readEnglishMoney, ja: readJapaneseMoney } as const;
const RATES: RateChoice[] = [{ kind: 'article' }, { kind: 'custom', unitsPerUsd: 123.45 }];

/** Yen per dollar for a choice, straight from rates.json. */
function yenPerDollar(choice: RateChoice): number {
  if (choice.kind === 'custom') return choice.unitsPerUsd;
  const article = landscape.rates.find((r) => r.currency === 'JPY' && r.basis === 'article-implied');
  if (!article) throw new Error('rates.json has no article rate');
  return article.unitsPerUsd;
}

/** Units of another currency per dollar: the announcement year's average, else the latest average in rates.json. */
function unitsPerDollar(currency: string, year: number | undefined): number {
  const averages = landscape.rates
    .filter((r) => r.currency === currency && r.basis === 'year-average')
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  const rate = averages.find((r) => r.year === year) ?? averages[0];
  if (!rate) throw new Error(`rates.json has no average for ${currency}`);
  return rate.unitsPerUsd;
}

/** What a record is worth in `target`, by the rule the README states. */
function expectedValue(c: Commitment, target: 'JPY' | 'USD', choice: RateChoice): number {
  const { value, currency } = c.amount;
  if (currency === target) return value;
  const year = c.announced ? Number(c.announced.date.slice(0, 4)) : undefined;
  const usd =
    currency === 'USD'
      ? value
      : value / (currency === 'JPY' ? yenPerDollar(choice) : unitsPerDollar(currency, year));
  return target === 'USD' ? usd : usd * yenPerDollar(choice);
}

/** The text of a cell without its notes (the rate line under a converted figure). */
function cellText(cell: Element | undefined): string {
  if (!cell) throw new Error('no such cell');
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.cell-note').forEach((note) => note.remove());
  return copy.textContent ?? '';
}

/**
 * Fails unless `shown` reads back as `expected` in `currency`, within the rounding its digits allow (half a unit of
 * the last digit shown: "¥1.6 trillion" is 1.55–1.65 trillion). A converted figure is rounded to three significant
 * digits, whose trailing zeros ("5,320億円", "2,100億円") the digits alone do not reveal: `rounded` also allows half a
 * unit of the third significant digit. The slack never reaches half the value, so a figure off by a factor of two,
 * let alone ten, always fails.
 */
function checkFigure(shown: ReadMoney, expected: number, currency: string, context: string, rounded = false) {
  expect(shown.currency, `${context}: currency`).toBe(currency);
  const thirdDigit = rounded ? 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(shown.value))) - 2) : 0;
  const tolerance = Math.max(shown.tolerance, thirdDigit);
  expect(tolerance / Math.abs(expected), `${context}: the check is too loose`).toBeLessThanOrEqual(0.5);
  expect(
    Math.abs(shown.value - expected),
    `${context}: shows ${shown.value.toExponential(4)}, the record gives ${expected.toExponential(4)}`,
  ).toBeLessThanOrEqual(tolerance * (1 + 1e-9));
}

function renderTable(lang: Lang, currency: DisplayCurrency, rate: RateChoice) {
  const i18n = initI18n(lang, resources);
  const rows = commitmentRows(landscape.commitments, landscape, { lang, currency, rate }, i18n.t);
  const { container, unmount } = render(
    <I18nextProvider i18n={i18n}>
      <CommitmentTable rows={rows} data={landscape} caption="all records" />
    </I18nextProvider>,
  );
  const headers = [...container.querySelectorAll('thead th')].map((th) => th.textContent);
  return { container, unmount, headers };
}

describe('reading an amount back (the test checks itself)', () => {
  it.each([
    ['¥1.6 trillion', 1.6e12, 'JPY', 0.05e12, false, undefined],
    ['~$10 billion', 1e10, 'USD', 0.5e9, true, undefined],
    ['more than $8 billion', 8e9, 'USD', 0.5e9, false, 'moreThan'],
    ['at least ~¥800 billion', 800e9, 'JPY', 0.5e9, true, 'atLeast'],
    ['A$5 billion', 5e9, 'AUD', 0.5e9, false, undefined],
    ['~¥352 billion', 352e9, 'JPY', 0.5e9, true, undefined],
  ] as const)('English %s', (text, value, currency, tolerance, approx, bound) => {
    expect(readEnglishMoney(text)).toEqual({ value, currency, tolerance, approx, bound });
  });

  it.each([
    ['1.6兆円', 1.6e12, 'JPY', 0.05e12, false, undefined],
    ['1兆6,000億円', 1.6e12, 'JPY', 0.5e8, false, undefined],
    ['100億ドル', 1e10, 'USD', 0.5e8, false, undefined],
    ['約3,520億円', 352e9, 'JPY', 0.5e8, true, undefined],
    ['80億ドル超', 8e9, 'USD', 0.5e8, false, 'moreThan'],
    ['約8,000億円以上', 800e9, 'JPY', 0.5e8, true, 'atLeast'],
    ['50億ドル以上', 5e9, 'USD', 0.5e8, false, 'atLeast'],
    ['50億豪ドル', 5e9, 'AUD', 0.5e8, false, undefined],
    ['120億シンガポールドル', 12e9, 'SGD', 0.5e8, false, undefined],
  ] as const)('Japanese %s', (text, value, currency, tolerance, approx, bound) => {
    expect(readJapaneseMoney(text)).toEqual({ value, currency, tolerance, approx, bound });
  });

  it('catches the famous slip: 100億ドル is $10 billion, and "$100 billion" fails the check', () => {
    const record = 100e8;
    expect(() => checkFigure(readJapaneseMoney('100億ドル'), record, 'USD', 'ja')).not.toThrow();
    expect(() => checkFigure(readEnglishMoney('$10 billion'), record, 'USD', 'en')).not.toThrow();
    expect(() => checkFigure(readEnglishMoney('$100 billion'), record, 'USD', 'en')).toThrow();
    expect(() => checkFigure(readEnglishMoney('$1 billion'), record, 'USD', 'en')).toThrow();
    expect(() => checkFigure(readEnglishMoney('¥10 billion'), record, 'USD', 'en')).toThrow();
  });
});

describe('every commitment as the table shows it', () => {
  for (const lang of ['en', 'ja'] as const) {
    for (const currency of ['JPY', 'USD', 'original'] as const) {
      for (const rate of currency === 'original' ? RATES.slice(0, 1) : RATES) {
        const rateName = rate.kind === 'custom' ? `¥${rate.unitsPerUsd}/$` : 'the article rate';
        it(`${lang}, ${currency}, at ${rateName}: each figure matches its record and the rate`, () => {
          const { container, unmount, headers } = renderTable(lang, currency, rate);
          const common = COMMON[lang];
          const amountColumn = headers.indexOf(common.table.amount);
          const shownColumn = headers.indexOf(common.table.shown);
          expect(amountColumn).toBeGreaterThan(-1);
          // A converted column exists exactly when some record is in another currency than the one chosen.
          const anyConverted =
            currency !== 'original' && landscape.commitments.some((c) => c.amount.currency !== currency);
          expect(shownColumn > -1).toBe(anyConverted);

          let checked = 0;
          for (const c of landscape.commitments) {
            const row = container.querySelector(`tr[data-record="${c.id}"]`);
            expect(row, `${c.id}: row`).not.toBeNull();
            const cells = [...row!.children];
            const context = `${c.id} (${lang}, ${currency}, ${rateName})`;

            // As announced: the record's own value and currency, with its qualifier.
            const announced = READ[lang](cellText(cells[amountColumn]));
            checkFigure(announced, c.amount.value, c.amount.currency, `${context} as announced`);
            expect(announced, `${context}: qualifiers`).toMatchObject({
              approx: false,
              bound: c.amount.qualifier,
            });

            if (shownColumn > -1 && currency !== 'original') {
              const shown = READ[lang](cellText(cells[shownColumn]));
              const converted = c.amount.currency !== currency;
              checkFigure(
                shown,
                expectedValue(c, currency, rate),
                currency,
                `${context} converted`,
                converted,
              );
              // A converted figure says it is approximate; either way it keeps the source's "more than".
              expect(shown, `${context}: qualifiers`).toMatchObject({
                approx: converted,
                bound: c.amount.qualifier,
              });
            }
            checked += 1;
          }
          expect(checked).toBe(landscape.commitments.length);
          unmount();
        });
      }
    }
  }
});
