import { describe, expect, it } from 'vitest';
import { landscape } from '../../tests/fixtures/landscape';
import { applyFilters, commitmentMatches } from './filters';
import type { Commitment } from './schema';
import type { Filters } from './url-state';
import { NO_FILTERS } from './url-state';

const ids = (commitments: readonly Commitment[]) => commitments.map((c) => c.id).sort();
const filter = (patch: Partial<Filters>) => applyFilters(landscape, { ...NO_FILTERS, ...patch });

describe('applyFilters', () => {
  it('returns the same data without filters, so memoized views stay valid', () => {
    expect(applyFilters(landscape, NO_FILTERS)).toBe(landscape);
  });

  it('keeps one investor', () => {
    const data = filter({ investors: ['oracle'] });
    expect(ids(data.commitments)).toEqual(['oracle-jp-2024', 'oracle-my-2024']);
  });

  it('combines filters with AND across kinds and OR within one', () => {
    const data = filter({ investors: ['google', 'oracle'], countries: ['MY'] });
    expect(ids(data.commitments)).toEqual(['google-my-2024', 'oracle-my-2024']);
  });

  it("filters by provenance, including the user's own records", () => {
    const mine: Commitment = { ...landscape.commitments[0]!, id: 'mine-x', provenance: 'mine' };
    const data = applyFilters(
      { ...landscape, commitments: [...landscape.commitments, mine] },
      {
        ...NO_FILTERS,
        provenances: ['mine'],
      },
    );
    expect(ids(data.commitments)).toEqual(['mine-x']);
    expect(data.events).toEqual([]); // no event is the user's own
  });

  it('keeps a record whose focus includes any chosen focus', () => {
    const data = filter({ focus: ['subsea-cables'] });
    expect(data.commitments.length).toBeGreaterThan(0);
    expect(data.commitments.every((c) => c.focus.includes('subsea-cables'))).toBe(true);
  });

  it('keeps records whose period reaches into the years, and drops those nothing places in time', () => {
    const data = filter({ from: 2026, to: 2026 });
    const kept = ids(data.commitments);
    expect(kept).toContain('ms-jp-2026'); // 2026–2029
    expect(kept).toContain('aws-jp-article'); // 2024–2027, counted from the announcement
    expect(kept).not.toContain('ms-jp-2014'); // announced 2014, period unknown
    expect(kept).not.toContain('ms-sg-article'); // no period, no date
    expect(kept).not.toContain('google-jp-2022'); // 2021–2024
  });

  it('uses the announcement year where the period is unknown', () => {
    expect(ids(filter({ to: 2014 }).commitments)).toEqual(['ms-jp-2014']);
  });

  it('filters events by provenance and year, and leaves sources, rates and checks whole', () => {
    const data = filter({ provenances: ['public-record'], from: 2030 });
    expect(data.events.every((e) => e.provenance === 'public-record')).toBe(true);
    expect(data.sources).toBe(landscape.sources);
    expect(data.rates).toBe(landscape.rates);
    expect(data.verification).toBe(landscape.verification);
  });

  it('can leave nothing', () => {
    expect(filter({ investors: ['oracle'], countries: ['KR'] }).commitments).toEqual([]);
  });
});

describe('commitmentMatches', () => {
  it('lets everything through without filters', () => {
    expect(landscape.commitments.every((c) => commitmentMatches(c, NO_FILTERS))).toBe(true);
  });
});
