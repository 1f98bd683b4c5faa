import { yearOf } from './convert';
import type { Commitment } from './schema';

/**
 * The calendar years a commitment's period covers. `stated`: the source gives both ends; `derived`: counted from
 * the announcement year (a duration, or an end year with the start taken as the announcement year). A period that
 * nothing in the record places is `unknown`: the dashboard shows it apart rather than guess its length.
 */
export type PeriodYears =
  { kind: 'stated' | 'derived'; start: number; end: number; years: number } | { kind: 'unknown' };

export function periodYears(c: Pick<Commitment, 'period' | 'announced'>): PeriodYears {
  const p = c.period;
  const span = (kind: 'stated' | 'derived', start: number, end: number): PeriodYears =>
    end >= start ? { kind, start, end, years: end - start + 1 } : { kind: 'unknown' };
  switch (p.kind) {
    case 'range':
      return span('stated', p.start, p.end);
    case 'duration':
      return Number.isInteger(p.years) ? span('derived', p.from, p.from + p.years - 1) : { kind: 'unknown' };
    case 'until': {
      const announced = yearOf(c.announced);
      return announced === undefined ? { kind: 'unknown' } : span('derived', announced, p.end);
    }
    case 'unknown':
      return { kind: 'unknown' };
  }
}

/** The amount per year of the period, e.g. ¥1.6 trillion over 2026–2029 = ¥400 billion a year; undefined if unknown. */
export function amountPerYear(value: number, years: PeriodYears): number | undefined {
  return years.kind === 'unknown' ? undefined : value / years.years;
}

/** The first and last year a record reaches: its period, else its announcement year, else nothing. */
export function yearsReached(
  c: Pick<Commitment, 'period' | 'announced'>,
): { start: number; end: number } | undefined {
  const years = periodYears(c);
  if (years.kind !== 'unknown') return { start: years.start, end: years.end };
  const announced = yearOf(c.announced);
  return announced === undefined ? undefined : { start: announced, end: announced };
}
