import { yearOf } from './convert';
import { yearsReached } from './per-year';
import type { CapacityCommitment, Commitment, Landscape } from './schema';
import type { Filters } from './url-state';
import { hasFilters } from './url-state';

function overlaps(range: { start: number; end: number } | undefined, from?: number, to?: number): boolean {
  if (from === undefined && to === undefined) return true;
  // A record that nothing places in time cannot be said to fall in the chosen years.
  if (!range) return false;
  return (from === undefined || range.end >= from) && (to === undefined || range.start <= to);
}

/** True when a commitment passes every filter (an empty list lets everything through). */
export function commitmentMatches(c: Commitment | CapacityCommitment, f: Filters): boolean {
  return (
    (f.investors.length === 0 || f.investors.includes(c.investor)) &&
    (f.countries.length === 0 || f.countries.includes(c.country)) &&
    (f.provenances.length === 0 || f.provenances.includes(c.provenance)) &&
    (f.focus.length === 0 || c.focus.some((focus) => f.focus.includes(focus))) &&
    overlaps(yearsReached(c), f.from, f.to)
  );
}

/**
 * The data the views see: commitments narrowed by every filter; events and facts by provenance and years, the
 * only filters that describe them; sources, rates and fact checks untouched, since figures still cite them.
 * Without filters the same object comes back, so memoized view data stays valid.
 */
export function applyFilters(data: Landscape, f: Filters): Landscape {
  if (!hasFilters(f)) return data;
  const byProvenance = (p: string) => f.provenances.length === 0 || (f.provenances as string[]).includes(p);
  return {
    ...data,
    commitments: data.commitments.filter((c) => commitmentMatches(c, f)),
    capacities: data.capacities.filter((c) => commitmentMatches(c, f)),
    events: data.events.filter((e) => {
      const year = yearOf(e.date);
      return (
        byProvenance(e.provenance) &&
        overlaps(year === undefined ? undefined : { start: year, end: year }, f.from, f.to)
      );
    }),
    facts: data.facts.filter((fact) => byProvenance(fact.provenance)),
  };
}
