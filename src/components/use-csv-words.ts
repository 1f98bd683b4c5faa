import { useTranslation } from 'react-i18next';
import type { CommitmentColumn, CsvWords, TimelineColumn } from '../lib/export-rows';
import { COMMITMENT_COLUMNS, TIMELINE_COLUMNS } from '../lib/export-rows';

/** The words of the CSV exports in the interface language: column headers, qualifiers and row kinds. */
export function useCsvWords(): {
  commitments: CsvWords<CommitmentColumn>;
  timeline: CsvWords<TimelineColumn>;
} {
  const { t } = useTranslation('export');
  const qualifier = { atLeast: t('csv.atLeast'), moreThan: t('csv.moreThan') };
  const kind = { commitment: t('csv.commitment'), event: t('csv.event') };
  return {
    commitments: {
      header: Object.fromEntries(COMMITMENT_COLUMNS.map((c) => [c, t(`csv.${c}`)])) as Record<
        CommitmentColumn,
        string
      >,
      qualifier,
      kind,
    },
    timeline: {
      header: Object.fromEntries(TIMELINE_COLUMNS.map((c) => [c, t(`csv.${c}`)])) as Record<
        TimelineColumn,
        string
      >,
      qualifier,
      kind,
    },
  };
}
