import type { Converted, RateChoice } from './convert';
import { convertAmount, yearOf } from './convert';
import { periodYears } from './per-year';
import type { Commitment, Rate } from './schema';

export interface Growth {
  /** The ratio of the amounts as announced (both in the same currency). */
  asAnnounced: number;
  /** The ratio in dollars, each amount converted at its own year's rate. */
  inDollarsAtEachYearsRate: number;
  fromUsd: Converted;
  toUsd: Converted;
}

/**
 * How many times larger `to` is than `from`. In dollars each side uses its own announcement year's average
 * (or, where the record has none, the article's rate), which is why the two ratios differ.
 */
export function growthBetween(from: Commitment, to: Commitment, rates: readonly Rate[]): Growth {
  if (from.amount.currency !== to.amount.currency)
    throw new Error(`Cannot compare ${from.id} and ${to.id} as announced: different currencies`);
  const byYear: RateChoice = { kind: 'year' };
  const fromUsd = convertAmount(from.amount, 'USD', rates, byYear, yearOf(from.announced));
  const toUsd = convertAmount(to.amount, 'USD', rates, byYear, yearOf(to.announced));
  return {
    asAnnounced: to.amount.value / from.amount.value,
    inDollarsAtEachYearsRate: toUsd.value / fromUsd.value,
    fromUsd,
    toUsd,
  };
}

export type GrowthPerYear =
  | { known: true; ratio: number; fromPerYear: number; toPerYear: number; fromYears: number; toYears: number }
  /** Which side's period the record does not give, so the ratio per year cannot be computed honestly. */
  | { known: false; missing: ('from' | 'to')[] };

/** The ratio of the amounts per year of their periods (as announced), only where both periods are known. */
export function growthPerYear(from: Commitment, to: Commitment): GrowthPerYear {
  const a = periodYears(from);
  const b = periodYears(to);
  if (a.kind === 'unknown' || b.kind === 'unknown') {
    const missing: ('from' | 'to')[] = [];
    if (a.kind === 'unknown') missing.push('from');
    if (b.kind === 'unknown') missing.push('to');
    return { known: false, missing };
  }
  if (from.amount.currency !== to.amount.currency)
    throw new Error(`Cannot compare ${from.id} and ${to.id} as announced: different currencies`);
  const fromPerYear = from.amount.value / a.years;
  const toPerYear = to.amount.value / b.years;
  return {
    known: true,
    ratio: toPerYear / fromPerYear,
    fromPerYear,
    toPerYear,
    fromYears: a.years,
    toYears: b.years,
  };
}
