import { useTranslation } from 'react-i18next';
import type {
  CommitmentColumn,
  CsvWords,
  MapColumn,
  PerYearColumn,
  TimelineColumn,
} from '../lib/export-rows';
import { COMMITMENT_COLUMNS, MAP_COLUMNS, PERYEAR_COLUMNS, TIMELINE_COLUMNS } from '../lib/export-rows';

/** The words of the CSV exports in the interface language: column headers, qualifiers and row kinds. */
export function useCsvWords(): {
  commitments: CsvWords<CommitmentColumn>;
  timeline: CsvWords<TimelineColumn>;
  map: CsvWords<MapColumn> & { totalKind: string };
  perYear: CsvWords<PerYearColumn>;
} {
  const { t } = useTranslation('export');
  const qualifier = { atLeast: t('csv.atLeast'), moreThan: t('csv.moreThan') };
  const kind = { commitment: t('csv.commitment'), event: t('csv.event') };
  // Every column has its `csv.<column>` key in the export namespace (the locale tests check both languages).
  const header = <C extends CommitmentColumn | TimelineColumn | MapColumn | PerYearColumn>(
    columns: readonly C[],
  ) => Object.fromEntries(columns.map((c) => [c, t(`csv.${c}` as 'csv.kind')])) as Record<C, string>;
  return {
    commitments: { header: header(COMMITMENT_COLUMNS), qualifier, kind },
    timeline: { header: header(TIMELINE_COLUMNS), qualifier, kind },
    map: { header: header(MAP_COLUMNS), qualifier, kind, totalKind: t('csv.countryTotal') },
    perYear: { header: header(PERYEAR_COLUMNS), qualifier, kind },
  };
}
