import { describe, expect, it } from 'vitest';
import { commitment } from '../../tests/fixtures/landscape';
import { amountPerYear, periodYears, yearsReached } from './per-year';
import type { Commitment } from './schema';

const base = commitment('ms-jp-2026');
const withPeriod = (
  period: Commitment['period'],
  announced: Commitment['announced'] = base.announced,
): Commitment => ({
  ...base,
  period,
  announced,
});

describe('periodYears', () => {
  it('counts a stated range inclusive: 2026–2029 is four years', () => {
    expect(periodYears(base)).toEqual({ kind: 'stated', start: 2026, end: 2029, years: 4 });
  });

  it('counts a duration from its first year', () => {
    expect(periodYears(commitment('ms-id-2024'))).toEqual({
      kind: 'derived',
      start: 2024,
      end: 2027,
      years: 4,
    });
  });

  it('counts an end year from the announcement year', () => {
    // AWS Japan: announced January 2024, through 2027.
    expect(periodYears(commitment('aws-jp-article'))).toEqual({
      kind: 'derived',
      start: 2024,
      end: 2027,
      years: 4,
    });
  });

  it('does not guess: an unknown period, an end year without an announcement, or an end before the start', () => {
    expect(periodYears(commitment('ms-jp-2014'))).toEqual({ kind: 'unknown' });
    expect(periodYears(withPeriod({ kind: 'until', end: 2030 }, null))).toEqual({ kind: 'unknown' });
    expect(periodYears(withPeriod({ kind: 'until', end: 2020 }))).toEqual({ kind: 'unknown' });
    expect(periodYears(withPeriod({ kind: 'duration', years: 2.5, from: 2024 }))).toEqual({
      kind: 'unknown',
    });
  });

  it('gives a one-year range as one year', () => {
    expect(periodYears(withPeriod({ kind: 'range', start: 2025, end: 2025 }))).toMatchObject({ years: 1 });
  });
});

describe('amountPerYear', () => {
  it('splits ¥1.6 trillion over 2026–2029 into ¥400 billion a year', () => {
    expect(amountPerYear(1.6e12, periodYears(base))).toBe(4e11);
  });

  it('gives nothing where the period is unknown', () => {
    expect(amountPerYear(29e9, periodYears(commitment('ms-jp-2014')))).toBeUndefined();
  });
});

describe('yearsReached', () => {
  it('is the period, else the announcement year, else nothing', () => {
    expect(yearsReached(base)).toEqual({ start: 2026, end: 2029 });
    expect(yearsReached(commitment('ms-jp-2014'))).toEqual({ start: 2014, end: 2014 });
    expect(yearsReached(commitment('ms-sg-article'))).toBeUndefined();
  });
});
