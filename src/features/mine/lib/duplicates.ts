// A record the dashboard already has, or the user already imported, is recognised before it is saved: the user then
// chooses to skip it, replace the earlier import, or keep both.
import { resolveInvestor, userInvestorId } from '../../../lib/investors';
import type { Commitment, InvestorRecord } from '../../../lib/schema';
import type { UserRecord } from './user-records';

export type DuplicateChoice = 'skip' | 'replace' | 'keep-both';

export interface Duplicate {
  record: UserRecord;
  /** The bundled commitment, or the earlier import, it repeats. */
  of:
    | { kind: 'bundled'; commitment: Commitment }
    | { kind: 'imported'; record: UserRecord }
    | { kind: 'file'; record: UserRecord };
}

/** The investor id a user's record joins: the dataset's investor of that name, else one of its own. */
export function userRecordInvestor(
  record: Pick<UserRecord, 'investor'>,
  investors: readonly InvestorRecord[],
): string {
  return resolveInvestor(record.investor, investors) ?? userInvestorId(record.investor);
}

type Comparable = {
  investor: string;
  country: string;
  amount?: { value: number; currency: string };
  announced: { date: string } | null;
};

const key = (c: Comparable) => `${c.investor}|${c.country}|${c.amount?.currency}|${c.amount?.value}`;
/** Two dates agree when both say the same day, month or year, or when one of them is not given. */
const sameDate = (a: Comparable['announced'], b: Comparable['announced']) =>
  !a || !b || a.date.startsWith(b.date) || b.date.startsWith(a.date);

/**
 * The new records that repeat one the dashboard has: the same investor, economy, amount and currency, announced on
 * the same date (or one of the two undated). A repeat within the file itself counts too.
 */
export function findDuplicates(
  incoming: readonly UserRecord[],
  bundled: readonly Commitment[],
  imported: readonly UserRecord[],
  investors: readonly InvestorRecord[],
): Duplicate[] {
  const index = new Map<string, Duplicate['of'][]>();
  const add = (c: Comparable, of: Duplicate['of']) => index.set(key(c), [...(index.get(key(c)) ?? []), of]);
  const asComparable = (r: UserRecord): Comparable => ({ ...r, investor: userRecordInvestor(r, investors) });
  for (const c of bundled) if (c.provenance !== 'mine') add(c, { kind: 'bundled', commitment: c });
  for (const r of imported) add(asComparable(r), { kind: 'imported', record: r });
  const found: Duplicate[] = [];
  for (const record of incoming) {
    const mine = asComparable(record);
    const match = (index.get(key(mine)) ?? []).find((of) =>
      sameDate(mine.announced, of.kind === 'bundled' ? of.commitment.announced : of.record.announced),
    );
    if (match) found.push({ record, of: match });
    add(mine, { kind: 'file', record });
  }
  return found;
}

/**
 * The records to save after the user's choice: `skip` leaves every duplicate out; `replace` puts the new record in
 * place of the earlier import it repeats (a bundled record cannot be replaced, so its duplicate is left out);
 * `keep-both` keeps everything.
 */
export function resolveDuplicates(
  incoming: readonly UserRecord[],
  imported: readonly UserRecord[],
  duplicates: readonly Duplicate[],
  choice: DuplicateChoice,
): { keep: UserRecord[]; add: UserRecord[] } {
  if (choice === 'keep-both' || duplicates.length === 0) return { keep: [...imported], add: [...incoming] };
  const repeated = new Set(duplicates.map((d) => d.record));
  if (choice === 'skip') return { keep: [...imported], add: incoming.filter((r) => !repeated.has(r)) };
  const replaced = new Set(duplicates.flatMap((d) => (d.of.kind === 'imported' ? [d.of.record.id] : [])));
  const dropped = new Set(duplicates.filter((d) => d.of.kind !== 'imported').map((d) => d.record));
  return { keep: imported.filter((r) => !replaced.has(r.id)), add: incoming.filter((r) => !dropped.has(r)) };
}
