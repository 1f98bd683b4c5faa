import { describe, expect, it } from 'vitest';
import type { Commitment } from './schema';
import { fractionalYear, periodSpan } from './timeline';

const base: Commitment = {
  id: 'x',
  investor: 'microsoft',
  country: 'JP',
  amount: { value: 1, currency: 'JPY' },
  period: { kind: 'unknown' },
  announced: { date: '2024-04-09', precision: 'day', source: 's' },
  focus: ['infrastructure'],
  provenance: 'article',
  sources: ['s'],
  text: { en: 'x', ja: 'x' },
};

describe('periodSpan', () => {
  it('draws a stated range to the end of its last year', () => {
    expect(periodSpan({ ...base, period: { kind: 'range', start: 2026, end: 2029 } })).toEqual({
      start: 2026,
      end: 2030,
      kind: 'stated',
    });
  });
  it('counts a duration from its first year and marks it derived', () => {
    expect(periodSpan({ ...base, period: { kind: 'duration', years: 4, from: 2024 } })).toEqual({
      start: 2024,
      end: 2028,
      kind: 'derived',
    });
  });
  it('starts an open-ended period at the announcement year', () => {
    expect(periodSpan({ ...base, period: { kind: 'until', end: 2027 } })).toEqual({
      start: 2024,
      end: 2028,
      kind: 'derived',
    });
  });
  it('draws an unknown period as a stub at the announcement year, never a guessed length', () => {
    const span = periodSpan(base);
    expect(span?.kind).toBe('unknown');
    expect(span?.start).toBe(2024);
    expect(span!.end - span!.start).toBeLessThan(1);
  });
  it('places nothing when neither period nor date is known', () => {
    expect(periodSpan({ ...base, announced: null })).toBeNull();
    expect(periodSpan({ ...base, announced: null, period: { kind: 'until', end: 2029 } })).toBeNull();
  });
  it('clips a period that runs past the axis and says where it ends', () => {
    expect(periodSpan({ ...base, period: { kind: 'duration', years: 10, from: 2024 } })).toEqual({
      start: 2024,
      end: 2031,
      kind: 'derived',
      continuesTo: 2033,
    });
  });
});

describe('fractionalYear', () => {
  it('puts a year-precise date in the middle of its year', () => {
    expect(fractionalYear({ date: '2024', precision: 'year' })).toBe(2024.5);
    expect(fractionalYear({ date: '2027', precision: 'year', qualifier: 'early' })).toBe(2027.15);
  });
  it('puts a month in the middle of the month', () => {
    expect(fractionalYear({ date: '2024-12', precision: 'month' })).toBeCloseTo(2024 + 11.5 / 12);
  });
  it('puts a day at its place in the year', () => {
    expect(fractionalYear({ date: '2014-01-01', precision: 'day' })).toBeCloseTo(2014 + 0.5 / 365);
    expect(fractionalYear({ date: '2025-05-16', precision: 'day' })).toBeCloseTo(2025 + 135.5 / 365);
  });
});
