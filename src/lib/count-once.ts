// Totals count each money once. A record may say that it includes, overlaps or supersedes another (Amazon's India
// pledge includes AWS's; AWS Australia's 2025–2029 plan overlaps its 2023–2027 one): when both are in the set being
// totalled, the one that says so is counted and the other is left out, with the reason. Cross-border money (subsea
// cables) is kept out of country totals unless the user asks for it.
import type { Commitment, Relation } from './schema';

export interface LeftOut<C extends Commitment = Commitment> {
  commitment: C;
  /** Why it is not in the total: counted in another record, or money that crosses borders. */
  reason: { kind: Relation['kind']; by: C } | { kind: 'cross-border' };
}

export interface CountedOnce<C extends Commitment = Commitment> {
  counted: C[];
  leftOut: LeftOut<C>[];
}

/**
 * Splits the records of one total into those it counts and those it leaves out. A record is left out when another
 * record of the same set relates to it; data:check rules out cycles, so every chain ends at a counted record.
 * `crossBorder: 'exclude'` (country totals) also leaves out cross-border money.
 */
export function countOnce<C extends Commitment>(
  records: readonly C[],
  opts: { crossBorder?: 'include' | 'exclude' } = {},
): CountedOnce<C> {
  const present = new Map(records.map((c) => [c.id, c]));
  const reasons = new Map<string, LeftOut<C>['reason']>();
  for (const record of records)
    for (const relation of record.relations ?? [])
      if (present.has(relation.target) && relation.target !== record.id && !reasons.has(relation.target))
        reasons.set(relation.target, { kind: relation.kind, by: record });
  const counted: C[] = [];
  const leftOut: LeftOut<C>[] = [];
  for (const record of records) {
    const reason = reasons.get(record.id);
    if (reason) leftOut.push({ commitment: record, reason });
    else if (opts.crossBorder === 'exclude' && record.scope === 'cross-border')
      leftOut.push({ commitment: record, reason: { kind: 'cross-border' } });
    else counted.push(record);
  }
  return { counted, leftOut };
}

/** The records related to one, in both directions: what it includes, overlaps or supersedes, and what does so to it. */
export function relationsOf(
  record: Commitment,
  all: readonly Commitment[],
): { kind: Relation['kind']; direction: 'to' | 'from'; other: Commitment }[] {
  const byId = new Map(all.map((c) => [c.id, c]));
  const to = (record.relations ?? []).flatMap((r) => {
    const other = byId.get(r.target);
    return other ? [{ kind: r.kind, direction: 'to' as const, other }] : [];
  });
  const from = all.flatMap((c) =>
    (c.relations ?? [])
      .filter((r) => r.target === record.id)
      .map((r) => ({ kind: r.kind, direction: 'from' as const, other: c })),
  );
  return [...to, ...from];
}

export interface Total<K, R> {
  key: K;
  /** The sum of the counted rows' values: each money once. */
  total: number;
  /** Every row of the group, largest first. */
  rows: R[];
  /** The rows the total leaves out, and why. */
  leftOut: LeftOut[];
}

/**
 * Totals of rows grouped by a key (a country, an investor), largest first. Within each group each money is counted
 * once (`countOnce`); cross-border money is left out of a group only when `crossBorder` is 'exclude'.
 */
export function totalsBy<R extends { commitment: Commitment; value: number }, K>(
  rows: readonly R[],
  keyOf: (row: R) => K,
  opts: { crossBorder?: 'include' | 'exclude' } = {},
): Total<K, R>[] {
  const groups = new Map<K, R[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return [...groups.entries()]
    .map(([key, list]) => {
      const { counted, leftOut } = countOnce(
        list.map((r) => r.commitment),
        opts,
      );
      const countedIds = new Set(counted.map((c) => c.id));
      const total = list.reduce((sum, r) => sum + (countedIds.has(r.commitment.id) ? r.value : 0), 0);
      return { key, total, rows: [...list].sort((a, b) => b.value - a.value), leftOut };
    })
    .sort((a, b) => b.total - a.total);
}

/**
 * Amounts per calendar year across records: each record's value spread evenly over the years of its period, each
 * money once. Records whose period is unknown cannot be placed in a year and are returned apart.
 */
export function totalsPerYear<R extends { commitment: Commitment; value: number }>(
  rows: readonly R[],
  yearsOf: (row: R) => { start: number; end: number } | undefined,
): { years: { year: number; total: number }[]; leftOut: LeftOut[]; unplaced: R[] } {
  const { counted, leftOut } = countOnce(rows.map((r) => r.commitment));
  const countedIds = new Set(counted.map((c) => c.id));
  const byYear = new Map<number, number>();
  const unplaced: R[] = [];
  for (const row of rows) {
    if (!countedIds.has(row.commitment.id)) continue;
    const span = yearsOf(row);
    if (!span) {
      unplaced.push(row);
      continue;
    }
    const share = row.value / (span.end - span.start + 1);
    for (let year = span.start; year <= span.end; year++) byYear.set(year, (byYear.get(year) ?? 0) + share);
  }
  const years = [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, total]) => ({ year, total }));
  return { years, leftOut, unplaced };
}
