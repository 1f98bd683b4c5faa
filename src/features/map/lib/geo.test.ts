import { geoContains } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-50m.json';
import { COUNTRIES } from '../../../lib/schema';
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

describe('totalsByCountry', () => {
  it('sums per country, largest first, rows largest first', () => {
    const totals = totalsByCountry([
      { country: 'JP' as const, value: 1 },
      { country: 'SG' as const, value: 5 },
      { country: 'JP' as const, value: 3 },
    ]);
    expect(totals.map((t) => [t.country, t.total, t.rows.map((r) => r.value)])).toEqual([
      ['SG', 5, [5]],
      ['JP', 4, [3, 1]],
    ]);
  });
});
