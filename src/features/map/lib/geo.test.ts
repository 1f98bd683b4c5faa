import { geoContains } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-50m.json';
import { COUNTRIES } from '../../../lib/schema';
import type { Commitment, Country } from '../../../lib/schema';
import { APAC_BOUNDS, COUNTRY_NUMERIC, apacShapes, bubbleRadius, totalsByCountry } from './geo';

const shapes = apacShapes(world as unknown as Topology<{ countries: GeometryCollection }>);

describe('apacShapes', () => {
  it('has every country the data can name, Singapore included', () => {
    const ids = new Set(shapes.map((s) => s.id));
    for (const country of COUNTRIES) expect(ids.has(COUNTRY_NUMERIC[country]), country).toBe(true);
  });

  it('keeps Asia-Pacific only, each country once', () => {
    const ids = shapes.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('840'); // United States
    expect(ids).not.toContain('250'); // France
    expect(ids).toContain('156'); // China, for context
    for (const s of shapes) {
      expect(s.centroid[0]).toBeGreaterThanOrEqual(APAC_BOUNDS.west - 1);
    }
  });

  it('places each bubble inside its country', () => {
    for (const country of COUNTRIES) {
      const shape = shapes.find((s) => s.id === COUNTRY_NUMERIC[country])!;
      expect(geoContains(shape.feature, shape.centroid), country).toBe(true);
    }
  });
});

describe('bubbleRadius', () => {
  it('makes the area proportional to the amount', () => {
    const big = bubbleRadius(100, 100, 40);
    const quarter = bubbleRadius(25, 100, 40);
    expect(big).toBe(40);
    expect(quarter).toBe(20);
  });

  it('keeps a tiny amount visible, and draws nothing for nothing', () => {
    expect(bubbleRadius(0.0001, 100, 40)).toBe(4);
    expect(bubbleRadius(0, 100, 40)).toBe(0);
    expect(bubbleRadius(5, 0, 40)).toBe(0);
  });
});

/** A minimal commitment for the totals: only its id, country and relations matter. */
function record(id: string, country: Country, extra: Partial<Commitment> = {}): Commitment {
  return {
    id,
    investor: 'aws',
    country,
    amount: { value: 1, currency: 'USD' },
    period: { kind: 'unknown' },
    announced: null,
    focus: ['infrastructure'],
    provenance: 'public-record',
    sources: ['s'],
    text: { en: 'x', ja: 'エックス' },
    ...extra,
  };
}

describe('totalsByCountry', () => {
  it('counts each money once: a record another includes, and cross-border money, are left out with the reason', () => {
    const amazon = record('amazon', 'IN', { relations: [{ kind: 'includes', target: 'aws' }] });
    const cable = record('cable', 'JP', { scope: 'cross-border' });
    const rows = [
      { country: 'IN' as const, value: 35, commitment: amazon },
      { country: 'IN' as const, value: 12, commitment: record('aws', 'IN') },
      { country: 'JP' as const, value: 1, commitment: cable },
      { country: 'JP' as const, value: 10, commitment: record('ms', 'JP') },
    ];
    const totals = totalsByCountry(rows);
    expect(
      totals.map((t) => [t.country, t.total, t.leftOut.map((l) => [l.commitment.id, l.reason.kind])]),
    ).toEqual([
      ['IN', 35, [['aws', 'includes']]],
      ['JP', 10, [['cable', 'cross-border']]],
    ]);
    // Every row is still listed; asking for cross-border money counts the cable.
    expect(totals[0]!.rows).toHaveLength(2);
    expect(totalsByCountry(rows, { crossBorder: true }).find((t) => t.country === 'JP')!.total).toBe(11);
  });

  it('sums per country, largest first, rows largest first', () => {
    const totals = totalsByCountry([
      { country: 'JP' as const, value: 1, commitment: record('a', 'JP') },
      { country: 'SG' as const, value: 5, commitment: record('b', 'SG') },
      { country: 'JP' as const, value: 3, commitment: record('c', 'JP') },
    ]);
    expect(totals.map((t) => [t.country, t.total, t.rows.map((r) => r.value)])).toEqual([
      ['SG', 5, [5]],
      ['JP', 4, [3, 1]],
    ]);
  });
});
