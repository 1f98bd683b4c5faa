import { describe, expect, it } from 'vitest';
import { commitment, landscape } from '../../tests/fixtures/landscape';
import { growthBetween, growthPerYear } from './growth';

const { rates } = landscape;

describe('growthBetween', () => {
  const from = commitment('ms-jp-2014');
  const to = commitment('ms-jp-2026');

  it('gives the ratio as announced: ¥1.6 trillion ÷ ¥29 billion ≈ 55.17', () => {
    const growth = growthBetween(from, to, rates);
    expect(growth.asAnnounced).toBe(1.6e12 / 29e9);
    expect(growth.asAnnounced).toBeCloseTo(55.17, 2);
  });

  it("gives the ratio in dollars at each year's rate: 55.17 × 105.74 / 160 ≈ 36.46", () => {
    const growth = growthBetween(from, to, rates);
    expect(growth.inDollarsAtEachYearsRate).toBeCloseTo(36.46, 2);
    expect(growth.inDollarsAtEachYearsRate).toBeCloseTo((growth.asAnnounced * 105.74) / 160, 10);
  });

  it('converts 2014 at the 2014 average and 2026 at the article rate, for lack of a 2026 average', () => {
    const { fromUsd, toUsd } = growthBetween(from, to, rates);
    expect(fromUsd.currency).toBe('USD');
    expect(fromUsd.value).toBeCloseTo(29e9 / 105.74, 0);
    expect(fromUsd.rates).toEqual([
      expect.objectContaining({ currency: 'JPY', unitsPerUsd: 105.74, basis: 'year-average', year: 2014 }),
    ]);
    expect(toUsd.value).toBe(10e9);
    expect(toUsd.rates).toEqual([
      expect.objectContaining({ currency: 'JPY', unitsPerUsd: 160, basis: 'no-year-average', year: 2026 }),
    ]);
  });

  it('is the inverse when the records are swapped', () => {
    const forward = growthBetween(from, to, rates);
    const backward = growthBetween(to, from, rates);
    expect(backward.asAnnounced).toBeCloseTo(1 / forward.asAnnounced, 12);
    expect(backward.inDollarsAtEachYearsRate).toBeCloseTo(1 / forward.inDollarsAtEachYearsRate, 12);
  });

  it('is 1 for a record compared with itself', () => {
    const same = growthBetween(to, to, rates);
    expect(same.asAnnounced).toBe(1);
    expect(same.inDollarsAtEachYearsRate).toBe(1);
  });

  it('compares dollar amounts without any rate', () => {
    const growth = growthBetween(commitment('ms-id-2024'), commitment('ms-my-2024'), rates);
    expect(growth.asAnnounced).toBeCloseTo(2.2 / 1.7, 12);
    expect(growth.inDollarsAtEachYearsRate).toBeCloseTo(2.2 / 1.7, 12);
    expect(growth.fromUsd.rates).toEqual([]);
    expect(growth.toUsd.converted).toBe(false);
  });

  it('throws, naming both records, when the currencies differ', () => {
    expect(() => growthBetween(from, commitment('ms-id-2024'), rates)).toThrow(
      'Cannot compare ms-jp-2014 and ms-id-2024 as announced: different currencies',
    );
  });
});

describe('growthPerYear', () => {
  it('is not computed when the 2014 period is unknown, and says which side is missing', () => {
    expect(growthPerYear(commitment('ms-jp-2014'), commitment('ms-jp-2026'))).toEqual({
      known: false,
      missing: ['from'],
    });
  });

  it('divides each amount by the years of its period where both are known', () => {
    const from = commitment('google-jp-2022'); // ¥100 billion, 2021–2024
    const to = commitment('ms-jp-2026'); // ¥1.6 trillion, 2026–2029
    const growth = growthPerYear(from, to);
    expect(growth).toEqual({
      known: true,
      ratio: 4e11 / 2.5e10,
      fromPerYear: 2.5e10,
      toPerYear: 4e11,
      fromYears: 4,
      toYears: 4,
    });
  });

  it('refuses to compare different currencies as announced', () => {
    expect(() => growthPerYear(commitment('ms-jp-2024'), commitment('ms-jp-2026'))).toThrow(
      /different currencies/,
    );
  });
});
