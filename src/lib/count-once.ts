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
