// What leaves My records as a file: the user's records in the import format (so an export imports again), and the
// downloadable templates.
import { toCsv } from '../../../lib/csv';
import type { ImportColumn } from './import-row';
import { IMPORT_COLUMNS } from './import-row';
import type { UserRecord } from './user-records';

/** The user's records as rows of the import format, so an export can be imported again. */
export function recordsToRows(records: readonly UserRecord[]): string[][] {
  return [
    [...IMPORT_COLUMNS],
    ...records.map((r) => [
      r.investor,
      r.investorJa ?? '',
      r.country,
      String(r.amount.value),
      r.amount.currency,
      r.amount.qualifier ?? '',
      r.period.kind === 'range' ? String(r.period.start) : '',
      r.period.kind === 'range' || r.period.kind === 'until' ? String(r.period.end) : '',
      r.announced?.date ?? '',
      r.focus.join(';'),
      r.source.name,
      r.source.url ?? '',
      r.source.note ?? '',
      r.note ?? '',
    ]),
  ];
}

export function recordsToCsv(records: readonly UserRecord[]): string {
  return toCsv(recordsToRows(records));
}

/** The export's JSON: the import format's keys, one object per record. */
export function recordsToJson(records: readonly UserRecord[]): string {
  const [header, ...rows] = recordsToRows(records);
  const list = rows.map((row) =>
    Object.fromEntries(header!.map((key, i) => [key, row[i]]).filter(([, v]) => v !== '')),
  );
  return `${JSON.stringify({ records: list }, null, 2)}\n`;
}

/**
 * The templates' example row: a real, sourced record that the bundled data already has, in the import format (a
 * template imported as it is is recognised as a duplicate).
 */
export const TEMPLATE_EXAMPLE: Record<ImportColumn, string> = {
  investor: 'Microsoft',
  investor_ja: 'マイクロソフト',
  country: 'JP',
  amount: '2900000000',
  currency: 'USD',
  qualifier: '',
  period_start: '2024',
  period_end: '2025',
  announced: '2024-04-09',
  focus: 'infrastructure;skills',
  source_name: 'CTV News (Reuters)',
  source_url: '',
  source_note: 'Reported 2024-04-09: US$2.9 billion over two years',
  note: 'The template row is a record the dashboard already has: importing it asks what to do with the duplicate',
};

export function templateCsv(): string {
  return toCsv([[...IMPORT_COLUMNS], IMPORT_COLUMNS.map((c) => TEMPLATE_EXAMPLE[c])]);
}

export function templateJson(): string {
  const example = Object.fromEntries(
    IMPORT_COLUMNS.map((c) => [c, TEMPLATE_EXAMPLE[c]]).filter(([, v]) => v !== ''),
  );
  return `${JSON.stringify({ records: [example] }, null, 2)}\n`;
}
