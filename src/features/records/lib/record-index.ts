import type { TFunction } from 'i18next';
import { investorName } from '../../../lib/investors';
import type { CommitmentRow } from '../../../lib/commitment-rows';
import { citeSource, sourcesById } from '../../../lib/describe';
import type { Lang } from '../../../lib/format';
import { formatPartialDate, formatPeriod } from '../../../lib/format';
import type { Landscape } from '../../../lib/schema';
import type { SortableRow } from '../../../lib/search';
import { buildHaystack } from '../../../lib/search';

export interface IndexedRow extends SortableRow {
  row: CommitmentRow;
  /** Every text of the record in English and Japanese, folded for search. */
  haystack: string;
}

/**
 * Builds the searchable, sortable index of the table's rows once per data and display setting. Names and texts
 * go in in both languages, so "グーグル" and "google" find the same records whichever language is shown.
 */
export function indexRows(
  rows: readonly CommitmentRow[],
  data: Landscape,
  lang: Lang,
  t: Record<Lang, TFunction>,
  sortValue: (row: CommitmentRow) => number,
): IndexedRow[] {
  // The same few labels come back for every row: translate each once.
  const cache = new Map<string, string>();
  const tr = (l: Lang, key: string) => {
    const cacheKey = `${l}:${key}`;
    let text = cache.get(cacheKey);
    if (text === undefined) {
      text = t[l](key as never);
      cache.set(cacheKey, text);
    }
    return text;
  };
  return rows.map((row) => {
    const c = row.commitment;
    const sources = sourcesById(data, c.sources);
    const parts: string[] = [
      c.id,
      c.country,
      c.investor,
      c.amount.currency,
      row.shown.text,
      row.shown.announced,
    ];
    for (const l of ['en', 'ja'] as const) {
      parts.push(
        investorName(data.investors, c.investor, l),
        tr(l, `country.${c.country}`),
        tr(l, `provenance.${c.provenance}`),
        ...c.focus.map((f) => tr(l, `focus.${f}`)),
        formatPeriod(c.period, l),
        formatPartialDate(c.announced, l),
        c.text[l],
        ...sources.map((s) => citeSource(s, l, t[l])),
      );
      if (row.verification)
        parts.push(t[l](`status.${row.verification.status}`), row.verification.publicRecord[l]);
    }
    parts.push(...sources.map((s) => s.url ?? ''));
    return {
      row,
      haystack: buildHaystack(parts),
      amount: sortValue(row),
      date: c.announced?.date,
      investor: investorName(data.investors, c.investor, lang),
      country: tr(lang, `country.${c.country}`),
    };
  });
}
