import type { TFunction } from 'i18next';
import type { RateUsed } from './convert';
import type { CurrencyCode } from './format';
import type { ShownAmount } from './describe';
import { commitmentLabel, isFlagged, showAmount, verificationOf } from './describe';
import type { Commitment, Landscape, Verification } from './schema';
import type { DisplaySettings } from './settings';

export interface CommitmentRow {
  commitment: Commitment;
  label: string;
  shown: ShownAmount;
  verification: Verification | undefined;
  flagged: boolean;
}

/**
 * The rows of a commitments chart and table, largest first, in the chosen currency. Labels and amounts are formatted
 * when first read, so ranking thousands of records formats only the rows a view shows.
 */
export function commitmentRows(
  commitments: readonly Commitment[],
  data: Landscape,
  settings: DisplaySettings,
  t: TFunction,
  opts: { labelByCountry?: boolean } = {},
): CommitmentRow[] {
  return commitments
    .map((commitment) => {
      const verification = verificationOf(data, commitment.verification);
      let label: string | undefined;
      return {
        commitment,
        get label() {
          return (label ??= commitmentLabel(
            commitment,
            data.investors,
            settings.lang,
            t,
            opts.labelByCountry,
          ));
        },
        shown: showAmount(commitment, data, settings),
        verification,
        flagged: isFlagged(verification?.status),
      };
    })
    .sort((a, b) => b.shown.value - a.shown.value);
}

/** Rows grouped by the currency they are shown in; one group unless figures are shown as announced. */
export function groupByCurrency(rows: readonly CommitmentRow[]): [CurrencyCode, CommitmentRow[]][] {
  const groups = new Map<CurrencyCode, CommitmentRow[]>();
  for (const row of rows) groups.set(row.shown.currency, [...(groups.get(row.shown.currency) ?? []), row]);
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
}

/** Every distinct rate that made the figures of a chart, for its rate line. */
export function ratesInUse(rows: readonly CommitmentRow[]): RateUsed[] {
  const seen = new Map<string, RateUsed>();
  for (const row of rows)
    for (const rate of row.shown.rates) {
      // One year's average used for its own year and, as the latest in the record, for later years is one rate:
      // name it once, with the wording that covers both uses.
      const average = rate.basis === 'year-average' || rate.basis === 'latest-average';
      const key = `${rate.currency}-${rate.unitsPerUsd}-${average ? 'average' : rate.basis}-${rate.year ?? ''}`;
      if (seen.get(key)?.basis !== 'latest-average') seen.set(key, rate);
    }
  return [...seen.values()];
}

/** How many rows a chart draws before it stops being readable; the records view lists every one. */
export const CHART_ROW_LIMIT = 25;

/**
 * At most `limit` rows: the bundled (sourced) records first, largest first, then the user's largest own records in
 * the room left, so that a large import never pushes the sourced figures out of a chart; and never more than
 * `limit`, however many records there are (thousands of bars are neither readable nor quick to draw). Order is kept.
 */
export function limitRows(rows: readonly CommitmentRow[], limit = CHART_ROW_LIMIT): CommitmentRow[] {
  if (rows.length <= limit) return [...rows];
  const bundled = rows.filter((r) => r.commitment.provenance !== 'mine').length;
  let bundledRoom = limit;
  let mineRoom = Math.max(0, limit - bundled);
  return rows.filter((r) => (r.commitment.provenance !== 'mine' ? bundledRoom-- > 0 : mineRoom-- > 0));
}
