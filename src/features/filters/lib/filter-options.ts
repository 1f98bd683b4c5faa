import type { FilterOptions } from '../components/FilterBar';
import type { Landscape } from '../../../lib/schema';
import { COUNTRIES } from '../../../lib/schema';
import type { Filters } from '../../../lib/url-state';

/** The investors and economies the filters offer: those with records, and any the URL already chose. */
export function filterOptionsOf(data: Landscape | undefined, filters: Filters): FilterOptions {
  if (!data) return { investors: [], countries: [] };
  const records = [...data.commitments, ...data.capacities];
  const investorIds = new Set([...records.map((c) => c.investor), ...filters.investors]);
  const countries = new Set([...records.map((c) => c.country), ...filters.countries]);
  return {
    investors: data.investors.filter((i) => investorIds.has(i.id)),
    countries: COUNTRIES.filter((c) => countries.has(c)),
  };
}
