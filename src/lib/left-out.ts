// The words for what a total leaves out, and why: shown beside the record and in the figure's notes, so that a
// reader sees that each money is counted once.
import type { TFunction } from 'i18next';
import type { LeftOut } from './count-once';
import type { Lang } from './format';
import { formatCapacity, formatCalendarYear, formatMoney, joinList } from './format';
import { investorName } from './investors';
import type { CapacityCommitment, Commitment, Landscape } from './schema';

/** "AWS, $12.7 billion (2023)": a record named so that a reader can find it in the table. */
export function recordName(
  c: Commitment,
  data: Pick<Landscape, 'investors'>,
  lang: Lang,
  t: TFunction,
): string {
  const investor = investorName(data.investors, c.investor, lang);
  const amount = formatMoney(c.amount.value, c.amount.currency, lang, {
    ...(c.amount.qualifier ? { qualifier: c.amount.qualifier } : {}),
  });
  return c.announced
    ? t('totals.recordName', {
        investor,
        amount,
        year: formatCalendarYear(Number(c.announced.date.slice(0, 4)), lang),
      })
    : t('totals.recordNameUndated', { investor, amount });
}

/** Why one record is not in the total beside it. */
export function leftOutReason(
  item: LeftOut,
  data: Pick<Landscape, 'investors'>,
  lang: Lang,
  t: TFunction,
): string {
  if (item.reason.kind === 'cross-border') return t('totals.reason.cross-border');
  return t(`totals.reason.${item.reason.kind}`, { other: recordName(item.reason.by, data, lang, t) });
}

/** The figure's note: how many records the totals leave out, each with its reason. */
export function leftOutNote(
  items: readonly LeftOut[],
  data: Pick<Landscape, 'investors'>,
  lang: Lang,
  t: TFunction,
): string {
  const list = joinList(
    items.map(
      (item) =>
        `${recordName(item.commitment, data, lang, t)}${t('totals.because')}${leftOutReason(item, data, lang, t)}`,
    ),
    lang,
    'clauses',
  );
  return t('totals.note', { count: items.length, list });
}

/** Commitments stated in GPUs or megawatts: "NVIDIA, 260,000 GPUs (South Korea)". */
export function capacityList(
  data: Pick<Landscape, 'investors' | 'capacities'>,
  lang: Lang,
  t: TFunction,
): string {
  return joinList(
    data.capacities.map((c: CapacityCommitment) =>
      t('totals.capacityItem', {
        investor: investorName(data.investors, c.investor, lang),
        capacity: formatCapacity(c.capacity.value, c.capacity.unit, lang),
        country: t(`country.${c.country}`),
      }),
    ),
    lang,
    'clauses',
  );
}
