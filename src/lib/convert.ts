import type { CurrencyCode } from './format';
import type { Rate } from './schema';

export type DisplayCurrency = 'JPY' | 'USD' | 'original';

/** Which yen–dollar rate converts figures: the article's implied one, each announcement year's average, or the user's. */
export type RateChoice = { kind: 'article' } | { kind: 'year' } | { kind: 'custom'; unitsPerUsd: number };

export type RateBasis =
  | 'article-implied' // the article's ¥160/$
  | 'year-average' // the announcement year's average from the record
  | 'custom' // typed by the user
  | 'no-year-average' // year chosen, but the record has no average for that year: the article's rate instead
  | 'latest-average'; // non-yen currency: the latest yearly average the record has

export interface RateUsed {
  currency: CurrencyCode;
  unitsPerUsd: number;
  basis: RateBasis;
  /** The year of the average, or the year asked for when none exists. */
  year?: number;
  source?: string;
}

export interface Money {
  value: number;
  currency: CurrencyCode;
}

export interface Converted extends Money {
  /** False when the figure is shown as announced. */
  converted: boolean;
  /** The rates that made the figure, in the order they were applied. */
  rates: RateUsed[];
}

export class MissingRateError extends Error {
  constructor(readonly currency: CurrencyCode) {
    super(`No exchange rate for ${currency} in the data`);
    this.name = 'MissingRateError';
  }
}

function articleRate(rates: readonly Rate[]): Rate {
  const rate = rates.find((r) => r.currency === 'JPY' && r.basis === 'article-implied');
  if (!rate) throw new MissingRateError('JPY');
  return rate;
}

function yearAverage(
  rates: readonly Rate[],
  currency: CurrencyCode,
  year: number | undefined,
): Rate | undefined {
  if (year === undefined) return undefined;
  return rates.find((r) => r.currency === currency && r.basis === 'year-average' && r.year === year);
}

/** The yen per dollar that a choice gives for a figure announced in `year`. */
export function yenRate(rates: readonly Rate[], choice: RateChoice, year: number | undefined): RateUsed {
  if (choice.kind === 'custom') return { currency: 'JPY', unitsPerUsd: choice.unitsPerUsd, basis: 'custom' };
  if (choice.kind === 'year') {
    const average = yearAverage(rates, 'JPY', year);
    if (average) return fromRecord(average, 'year-average');
    const fallback = articleRate(rates);
    return { ...fromRecord(fallback, 'no-year-average'), year };
  }
  return fromRecord(articleRate(rates), 'article-implied');
}

/** Units of a currency other than the yen per dollar: the announcement year's average, else the latest one. */
export function otherRate(
  rates: readonly Rate[],
  currency: CurrencyCode,
  year: number | undefined,
): RateUsed {
  const exact = yearAverage(rates, currency, year);
  if (exact) return fromRecord(exact, 'year-average');
  const latest = rates
    .filter((r) => r.currency === currency && r.basis === 'year-average')
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
  if (!latest) throw new MissingRateError(currency);
  return fromRecord(latest, 'latest-average');
}

function fromRecord(rate: Rate, basis: RateBasis): RateUsed {
  return {
    currency: rate.currency,
    unitsPerUsd: rate.unitsPerUsd,
    basis,
    ...(rate.year !== undefined ? { year: rate.year } : {}),
    source: rate.source,
  };
}

function rateFor(
  rates: readonly Rate[],
  currency: CurrencyCode,
  choice: RateChoice,
  year: number | undefined,
) {
  return currency === 'JPY' ? yenRate(rates, choice, year) : otherRate(rates, currency, year);
}

/**
 * Converts an amount for display. Yen and dollars use the chosen yen rate; other currencies go through the
 * dollar at the record's yearly average, because the record has no "current" rate for them.
 */
export function convertAmount(
  amount: Money,
  target: DisplayCurrency,
  rates: readonly Rate[],
  choice: RateChoice,
  year: number | undefined,
): Converted {
  if (target === 'original' || target === amount.currency) return { ...amount, converted: false, rates: [] };
  const used: RateUsed[] = [];
  let usd = amount.value;
  if (amount.currency !== 'USD') {
    const rate = rateFor(rates, amount.currency, choice, year);
    used.push(rate);
    usd = amount.value / rate.unitsPerUsd;
  }
  if (target === 'USD') return { value: usd, currency: 'USD', converted: true, rates: used };
  const yen = yenRate(rates, choice, year);
  used.push(yen);
  return { value: usd * yen.unitsPerUsd, currency: 'JPY', converted: true, rates: used };
}

/** The year whose rate applies to a record: the year it was announced, when known. */
export function yearOf(date: { date: string } | null | undefined): number | undefined {
  return date ? Number(date.date.slice(0, 4)) : undefined;
}
