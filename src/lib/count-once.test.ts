import { describe, expect, it } from 'vitest';
import { countOnce, relationsOf, totalsBy, totalsPerYear } from './count-once';
import { periodYears } from './per-year';
import type { Commitment } from './schema';

function record(id: string, extra: Partial<Commitment> = {}): Commitment {
  return {
    id,
    investor: 'aws',
    country: 'IN',
    amount: { value: 1, currency: 'USD' },
    period: { kind: 'range', start: 2026, end: 2030 },
    announced: { date: '2025', precision: 'year', source: 's' },
    focus: ['infrastructure'],
    provenance: 'public-record',
    sources: ['s'],
    text: { en: 'x', ja: 'エックス' },
    ...extra,
  };
}

// Amazon's India pledge (the group) overlaps AWS's; AWS Australia's second plan supersedes its first; a regional
// pledge includes a country row; a cable crosses borders. Values in billions of dollars.
const amazonIndia = record('amazon-in', {
  investor: 'amazon',
  relations: [{ kind: 'overlaps', target: 'aws-in' }],
});
const awsIndia = record('aws-in', { period: { kind: 'range', start: 2023, end: 2030 } });
const awsAu2023 = record('aws-au-2023', { country: 'AU', period: { kind: 'range', start: 2023, end: 2027 } });
const awsAu2025 = record('aws-au-2025', {
  country: 'AU',
  period: { kind: 'range', start: 2025, end: 2029 },
  relations: [{ kind: 'supersedes', target: 'aws-au-2023' }],
});
const cable = record('cable', {
  investor: 'google',
  country: 'JP',
  scope: 'cross-border',
  period: { kind: 'unknown' },
});
const googleJp = record('google-jp', {
  investor: 'google',
  country: 'JP',
  period: { kind: 'range', start: 2021, end: 2024 },
});
const VALUES: Record<string, number> = {
  'amazon-in': 35,
  'aws-in': 12.7,
  'aws-au-2023': 8.8,
  'aws-au-2025': 13.3,
  cable: 1,
  'google-jp': 0.7,
};
const all = [amazonIndia, awsIndia, awsAu2023, awsAu2025, cable, googleJp];
const rows = all.map((commitment) => ({ commitment, value: VALUES[commitment.id]! }));
const sum = (...ids: string[]) => ids.reduce((s, id) => s + VALUES[id]!, 0);

describe('countOnce', () => {
  it('counts the record that declares a relation and leaves out its target, with the reason', () => {
    const { counted, leftOut } = countOnce(all);
    expect(counted.map((c) => c.id)).toEqual(['amazon-in', 'aws-au-2025', 'cable', 'google-jp']);
    expect(leftOut.map((l) => [l.commitment.id, l.reason.kind])).toEqual([
      ['aws-in', 'overlaps'],
      ['aws-au-2023', 'supersedes'],
    ]);
  });

  it('counts a target whose declarer is not in the set (a filter to AWS keeps AWS India)', () => {
    expect(countOnce([awsIndia]).counted).toEqual([awsIndia]);
  });

  it('leaves cross-border money out only when asked', () => {
    expect(countOnce([cable, googleJp], { crossBorder: 'exclude' }).leftOut[0]?.reason).toEqual({
      kind: 'cross-border',
    });
    expect(countOnce([cable, googleJp]).leftOut).toEqual([]);
  });

  it('follows a chain: what a left-out record includes is left out too', () => {
    const a = record('a', { relations: [{ kind: 'includes', target: 'b' }] });
    const b = record('b', { relations: [{ kind: 'includes', target: 'c' }] });
    const c = record('c');
    expect(countOnce([c, b, a]).counted.map((r) => r.id)).toEqual(['a']);
  });
});

describe('every total counts each money once', () => {
  it('per country (the map): India is Amazon’s pledge alone, Australia the newer plan, Japan without the cable', () => {
    const totals = totalsBy(rows, (r) => r.commitment.country, { crossBorder: 'exclude' });
    expect(Object.fromEntries(totals.map((t) => [t.key, t.total]))).toEqual({
      IN: sum('amazon-in'),
      AU: sum('aws-au-2025'),
      JP: sum('google-jp'),
    });
    const india = totals.find((t) => t.key === 'IN')!;
    expect(india.rows.map((r) => r.commitment.id)).toEqual(['amazon-in', 'aws-in']);
    expect(india.leftOut.map((l) => l.commitment.id)).toEqual(['aws-in']);
  });

  it('per investor: AWS counts both Australian plans once, and India in full (Amazon’s pledge is another investor)', () => {
    const totals = totalsBy(rows, (r) => r.commitment.investor, { crossBorder: 'include' });
    expect(Object.fromEntries(totals.map((t) => [t.key, t.total]))).toEqual({
      amazon: sum('amazon-in'),
      aws: sum('aws-in', 'aws-au-2025'),
      google: sum('cable', 'google-jp'),
    });
  });

  it('across the region: each money once, whatever the grouping', () => {
    const [region] = totalsBy(rows, () => 'APAC', { crossBorder: 'include' });
    expect(region!.total).toBeCloseTo(sum('amazon-in', 'aws-au-2025', 'cable', 'google-jp'));
    expect(region!.leftOut.map((l) => l.commitment.id).sort()).toEqual(['aws-au-2023', 'aws-in']);
  });

  it('per year: each counted record spread over its years; an unknown period is set apart, not guessed', () => {
    const { years, leftOut, unplaced } = totalsPerYear(rows, (r) => {
      const span = periodYears(r.commitment);
      return span.kind === 'unknown' ? undefined : span;
    });
    const at = (year: number) => years.find((y) => y.year === year)?.total ?? 0;
    expect(at(2021)).toBeCloseTo(0.7 / 4);
    expect(at(2026)).toBeCloseTo(35 / 5 + 13.3 / 5);
    expect(at(2030)).toBeCloseTo(35 / 5);
    // AWS India (2023–2030) and AWS Australia's first plan are counted in the records that overlap and supersede
    // them: 2023 holds Google's share alone.
    expect(at(2023)).toBeCloseTo(0.7 / 4);
    expect(leftOut.map((l) => l.commitment.id).sort()).toEqual(['aws-au-2023', 'aws-in']);
    expect(unplaced.map((r) => r.commitment.id)).toEqual(['cable']);
    const spread = years.reduce((s, y) => s + y.total, 0);
    expect(spread).toBeCloseTo(sum('amazon-in', 'aws-au-2025', 'google-jp'));
  });
});

describe('relationsOf', () => {
  it('names the relation both ways, so each table row can show it', () => {
    expect(relationsOf(awsIndia, all).map((r) => [r.direction, r.kind, r.other.id])).toEqual([
      ['from', 'overlaps', 'amazon-in'],
    ]);
    expect(relationsOf(amazonIndia, all).map((r) => [r.direction, r.kind, r.other.id])).toEqual([
      ['to', 'overlaps', 'aws-in'],
    ]);
  });
});
