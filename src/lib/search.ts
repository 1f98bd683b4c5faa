// Search and sort for the records table: text folded so that "ＡＷＳ", "aws" and "Aws" match, in both languages.

/** Folds text for matching: NFKC (full-width letters and digits to half-width, half-width katakana to full-width), then lower case. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A record's searchable text: every part, in both languages, folded once so that each keystroke only compares. */
export function buildHaystack(parts: readonly (string | undefined | null)[]): string {
  return foldText(parts.filter(Boolean).join('\n'));
}

/** True when every word of the query (split on any space, full-width included) appears in the haystack. */
export function matchesQuery(haystack: string, query: string): boolean {
  const terms = foldText(query).split(/\s+/).filter(Boolean);
  return terms.every((term) => haystack.includes(term));
}

export type SortDirection = 'asc' | 'desc';

export interface SortableRow {
  /** The amount in the display currency; rows in different currencies (shown as announced) sort by dollars. */
  amount: number;
  /** An ISO partial date ('2024', '2024-04', '2024-04-09') or undefined when not stated. */
  date: string | undefined;
  investor: string;
  country: string;
}

export type SortKey = 'amount' | 'date' | 'investor' | 'country';

/**
 * Sorts rows by a key, stable, without changing the input. Rows without a date go last in either direction,
 * since "not stated" is neither early nor late.
 */
export function sortRows<R extends SortableRow>(
  rows: readonly R[],
  key: SortKey,
  direction: SortDirection,
  collator: Intl.Collator,
): R[] {
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a: R, b: R): number => {
    switch (key) {
      case 'amount':
        return sign * (a.amount - b.amount);
      case 'date':
        if (a.date === undefined || b.date === undefined)
          return a.date === b.date ? 0 : a.date === undefined ? 1 : -1;
        return sign * (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
      case 'investor':
      case 'country':
        return sign * collator.compare(a[key], b[key]);
    }
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compare(a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}
