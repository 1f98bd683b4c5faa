// Properties of parseUrlState / serializeUrlState over thousands of generated inputs (seeded: a failure names its
// seed and input, and reproduces).
import { describe, expect, it } from 'vitest';
import { COUNTRIES, FOCUS_AREAS } from '../../src/lib/schema';
import type { UrlState } from '../../src/lib/url-state';
import {
  CUSTOM_RATE_MAX,
  CUSTOM_RATE_MIN,
  DISPLAY_CURRENCIES,
  FILTER_YEAR_MAX,
  FILTER_YEAR_MIN,
  LANGS,
  MODES,
  OWN_PARAMS,
  PROVENANCE_FILTERS,
  SLIDES,
  THEMES,
  VIEWS,
  parseUrlState,
  serializeUrlState,
} from '../../src/lib/url-state';
import { hostileQuery, pick, prng, validState } from '../fixtures/url-fuzz';

const SEED = 20260403;
const RUNS = 3000;

/** Every value of the state is one the app knows how to show. */
function assertValid(state: UrlState) {
  expect(VIEWS).toContain(state.view);
  expect(DISPLAY_CURRENCIES).toContain(state.currency);
  expect(THEMES).toContain(state.theme);
  expect(MODES).toContain(state.mode);
  expect(SLIDES).toContain(state.slide);
  if (state.rate.kind === 'custom') {
    expect(Number.isFinite(state.rate.unitsPerUsd)).toBe(true);
    expect(state.rate.unitsPerUsd).toBeGreaterThanOrEqual(CUSTOM_RATE_MIN);
    expect(state.rate.unitsPerUsd).toBeLessThanOrEqual(CUSTOM_RATE_MAX);
  } else {
    expect(['article', 'year']).toContain(state.rate.kind);
  }
  const { filters } = state;
  const inOrder = (values: readonly string[], options: readonly string[]) =>
    expect(values).toEqual(options.filter((o) => values.includes(o)));
  // Investor ids are data: any well-formed id is kept, once each.
  expect(new Set(filters.investors).size).toBe(filters.investors.length);
  inOrder(filters.countries, COUNTRIES);
  inOrder(filters.provenances, PROVENANCE_FILTERS);
  inOrder(filters.focus, FOCUS_AREAS);
  for (const year of [filters.from, filters.to]) {
    if (year === undefined) continue;
    expect(Number.isInteger(year)).toBe(true);
    expect(year).toBeGreaterThanOrEqual(FILTER_YEAR_MIN);
    expect(year).toBeLessThanOrEqual(FILTER_YEAR_MAX);
  }
  if (filters.from !== undefined && filters.to !== undefined)
    expect(filters.from).toBeLessThanOrEqual(filters.to);
}

describe('URL state properties', () => {
  it(`any query string parses to a valid state; serializing it is a fixed point (${RUNS} seeded inputs)`, () => {
    const random = prng(SEED);
    for (let i = 0; i < RUNS; i += 1) {
      const search = hostileQuery(random);
      const context = `seed ${SEED}, input #${i}: ${search.slice(0, 300)}`;
      let parsed: ReturnType<typeof parseUrlState>;
      try {
        parsed = parseUrlState(search);
      } catch (error) {
        throw new Error(`parseUrlState threw for ${context}: ${String(error)}`);
      }
      assertValid(parsed.state);
      if (parsed.lang !== undefined) expect(LANGS).toContain(parsed.lang);
      const lang = parsed.lang ?? pick(random, LANGS);

      const canonical = serializeUrlState(parsed.state, lang, search);
      const again = parseUrlState(canonical);
      expect(again.state, context).toEqual(parsed.state);
      expect(again.lang, context).toBe(lang);
      // The written link has nothing left to reject, and writing it again changes nothing.
      expect(again.rejected, context).toEqual([]);
      expect(serializeUrlState(again.state, lang, canonical), context).toBe(canonical);

      // Each own parameter appears at most once; every other parameter is kept, values and order untouched.
      const written = new URLSearchParams(canonical);
      for (const key of OWN_PARAMS) expect(written.getAll(key).length, context).toBeLessThanOrEqual(1);
      const foreign = (params: URLSearchParams) =>
        [...params].filter(([key]) => !(OWN_PARAMS as readonly string[]).includes(key));
      expect(foreign(written), context).toEqual(foreign(new URLSearchParams(search)));
    }
  }, 30_000);

  it(`every valid state survives a round trip with nothing rejected (${RUNS} seeded states)`, () => {
    const random = prng(SEED + 1);
    for (let i = 0; i < RUNS; i += 1) {
      const state = validState(random);
      const lang = pick(random, LANGS);
      const search = serializeUrlState(state, lang);
      const parsed = parseUrlState(search);
      expect(parsed, `seed ${SEED + 1}, state #${i}: ${search}`).toEqual({ state, lang, rejected: [] });
    }
  }, 30_000);

  it('a rejected parameter is named, and only a parameter that was present and invalid', () => {
    const random = prng(SEED + 2);
    for (let i = 0; i < RUNS; i += 1) {
      const search = hostileQuery(random);
      const params = new URLSearchParams(search);
      const { rejected } = parseUrlState(search);
      for (const key of rejected) {
        expect(OWN_PARAMS as readonly string[], search).toContain(key);
        expect(params.has(key), `${key} rejected but absent in ${search}`).toBe(true);
      }
    }
  }, 30_000);
});
