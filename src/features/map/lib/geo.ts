// The map's geography: world-atlas (Natural Earth, 1:50m, which has Singapore) trimmed to Asia-Pacific at runtime.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LeftOut } from '../../../lib/count-once';
import { totalsBy } from '../../../lib/count-once';
import type { Commitment, Country } from '../../../lib/schema';

/** ISO 3166-1 numeric codes, as world-atlas names its countries. */
export const COUNTRY_NUMERIC: Record<Country, string> = {
  JP: '392',
  ID: '360',
  MY: '458',
  SG: '702',
  AU: '036',
  IN: '356',
  KR: '410',
  TH: '764',
  TW: '158',
  NZ: '554',
  VN: '704',
  PH: '608',
};

/** The part of the world the map shows: longitude and latitude bounds of Asia-Pacific. */
export const APAC_BOUNDS = { west: 60, east: 180, south: -50, north: 60 } as const;

/**
 * Where a bubble sits when the centroid would mislead: Malaysia's largest part is on Borneo, away from Kuala Lumpur
 * and next to Indonesia's; Indonesia's centroid falls in the Java Sea, Vietnam's in Laos. Longitude, latitude.
 */
export const BUBBLE_ANCHORS: Partial<Record<string, [number, number]>> = {
  [COUNTRY_NUMERIC.MY]: [101.7, 4.2],
  [COUNTRY_NUMERIC.ID]: [113.5, -1.5],
  // Vietnam's centroid falls in Laos: the bubble sits on its central coast.
  [COUNTRY_NUMERIC.VN]: [108.0, 15.5],
};

export interface CountryShape {
  /** ISO numeric id. */
  id: string;
  feature: Feature<Geometry>;
  /** [longitude, latitude] of the country's largest part, where its bubble sits. */
  centroid: [number, number];
}

function largestPart(f: Feature<Geometry>): Feature<Geometry> {
  if (f.geometry.type !== 'MultiPolygon') return f;
  const parts = f.geometry.coordinates.map((coordinates) => ({
    type: 'Feature' as const,
    properties: {},
    geometry: { type: 'Polygon' as const, coordinates },
  }));
  return parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/**
 * The countries whose centroid lies in Asia-Pacific. A bubble sits at the centroid of the country's largest part
 * (so Indonesia's is on Borneo–Sulawesi rather than in the sea, and Australia's is not pulled by its islands).
 */
export function apacShapes(topology: Topology<{ countries: GeometryCollection }>): CountryShape[] {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const shapes = new Map<string, CountryShape>();
  for (const f of collection.features) {
    if (!f.geometry || f.id === undefined) continue;
    const id = String(f.id);
    const [lon, lat] = geoCentroid(f);
    const inside =
      lon >= APAC_BOUNDS.west &&
      lon <= APAC_BOUNDS.east &&
      lat >= APAC_BOUNDS.south &&
      lat <= APAC_BOUNDS.north;
    // world-atlas gives Australia's outlying territories the same id; the first (mainland) one is kept.
    if (!inside || shapes.has(id)) continue;
    shapes.set(id, { id, feature: f, centroid: BUBBLE_ANCHORS[id] ?? geoCentroid(largestPart(f)) });
  }
  return [...shapes.values()];
}

/** A bubble's radius, so that its area is proportional to the amount; a floor keeps small amounts visible. */
export function bubbleRadius(value: number, max: number, maxRadius: number, minRadius = 4): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.max(minRadius, Math.sqrt(value / max) * maxRadius);
}

export interface CountryTotal<R> {
  country: Country;
  /** The sum of the counted rows: each money once. */
  total: number;
  /** Every row of the country, largest first; `leftOut` says which of them the total does not count, and why. */
  rows: R[];
  leftOut: LeftOut[];
}

/**
 * Sums each country's amounts in the display currency, largest country first, rows largest first. Each money is
 * counted once: a record that another of the same country includes, overlaps or supersedes is left out, and so is
 * cross-border money unless `crossBorder` asks for it.
 */
export function totalsByCountry<R extends { country: Country; value: number; commitment: Commitment }>(
  rows: readonly R[],
  opts: { crossBorder?: boolean } = {},
): CountryTotal<R>[] {
  return totalsBy(rows, (r) => r.country, { crossBorder: opts.crossBorder ? 'include' : 'exclude' }).map(
    ({ key, ...rest }) => ({ country: key, ...rest }),
  );
}
