// The user's own records: imported from a CSV or JSON file, validated field by field (import-row.ts), kept in the
// browser and joined to the bundled data as provenance 'mine'.
import { parseCsv } from '../../../lib/csv';
import type { CurrencyCode } from '../../../lib/schema';
import type { CountryNames, RowError, ValidRow } from './import-row';
import { REQUIRED_COLUMNS, fold, validateRowFields } from './import-row';

export type { ImportColumn, ImportProblem, RowError, CountryNames } from './import-row';
export { IMPORT_COLUMNS, REQUIRED_COLUMNS } from './import-row';

/** Larger files are refused before they are read; more rows than this are refused after parsing. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;

/**
 * A record as the user imported it. `investor` is the name the file gives (any company); it is matched to the
 * dataset's investors when the records join the data, so a name the dataset later adds joins its series.
 */
export interface UserRecord extends ValidRow {
  id: string;
  /** The file the record came from, and when it was imported (ISO date-time). */
  file: string;
  importedAt: string;
}

export type FileProblem =
  | 'empty'
  | 'not-text'
  | 'too-large'
  | 'too-many-rows'
  | 'json-syntax'
  | 'json-shape'
  | 'missing-columns'
  | 'unknown-format';

export interface ImportResult {
  records: UserRecord[];
  errors: RowError[];
  /** A problem with the whole file: nothing was imported. */
  fileProblem?: { problem: FileProblem; detail?: string };
  /** 'line' for CSV, 'record' for JSON: what RowError.line counts. */
  unit: 'line' | 'record';
  /** How the bytes were read: Japanese Excel saves "CSV" as Shift_JIS. */
  encoding?: TextEncoding;
}

export type TextEncoding = 'utf-8' | 'shift_jis';

/** What an import needs to know of the page: the names of the region's economies in both languages. */
export interface ImportContext {
  countries: CountryNames;
  /** The currencies the dashboard has a rate for: an amount in another could not be converted. */
  currencies?: readonly CurrencyCode[];
}

const NO_NAMES: CountryNames = new Map();

let counter = 0;
/** A record id unique in this browser: lowercase letters, digits and hyphens, as the bundled ids. */
export function newRecordId(now = Date.now()): string {
  counter = (counter + 1) % 1_000_000;
  return `mine-${now.toString(36)}-${counter.toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
}

/** Validates one row and, when it is valid, makes it a record of this browser. */
export function validateRow(
  row: Record<string, unknown>,
  line: number,
  meta: { file: string; importedAt: string; id?: string },
  countries: CountryNames = NO_NAMES,
  currencies?: readonly CurrencyCode[],
): { record?: UserRecord; errors: RowError[] } {
  const result = validateRowFields(row, line, countries, currencies);
  if (!result.row) return { errors: result.errors };
  return {
    errors: result.errors,
    record: { id: meta.id ?? newRecordId(), ...result.row, file: meta.file, importedAt: meta.importedAt },
  };
}

function fileFailure(problem: FileProblem, unit: 'line' | 'record', detail?: string): ImportResult {
  return { records: [], errors: [], fileProblem: { problem, ...(detail ? { detail } : {}) }, unit };
}

/** Control characters other than tab and line ends do not belong in a CSV or JSON file. */
function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false;
  }
  return true;
}

/**
 * Decodes a file's bytes: UTF-8 first, then Shift_JIS, which Japanese Excel writes for a plain "CSV" file. Says it is
 * not text (a spreadsheet, binary garbage) when neither decodes cleanly.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | undefined {
  for (const encoding of ['utf-8', 'shift_jis'] as const) {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      if (isPlainText(text)) return { text, encoding };
    } catch {
      // Not this encoding: try the next.
    }
  }
  return undefined;
}

/** Parses and validates a CSV file's text. Header names are matched without regard to case or spacing. */
export function importCsv(
  text: string,
  meta: { file: string; importedAt: string },
  countries: CountryNames = NO_NAMES,
  currencies?: readonly CurrencyCode[],
): ImportResult {
  if (text.replace(/^\uFEFF/, '').trim() === '') return fileFailure('empty', 'line');
  const parsed = parseCsv(text);
  const [header, ...rows] = parsed.records;
  if (!header) return fileFailure('empty', 'line');
  const columns = header.cells.map((c) =>
    fold(c)
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) return fileFailure('missing-columns', 'line', missing.join(', '));
  if (rows.length > MAX_ROWS) return fileFailure('too-many-rows', 'line', String(rows.length));
  const errors: RowError[] = parsed.errors.map((e) => ({
    line: e.line,
    field: undefined,
    problem: e.problem === 'unclosed-quote' ? 'csv-unclosed-quote' : 'csv-text-after-quote',
  }));
  const badLines = new Set(errors.map((e) => e.line));
  const records: UserRecord[] = [];
  for (const { line, cells } of rows) {
    if (badLines.has(line)) continue;
    if (cells.length !== columns.length) {
      errors.push({
        line,
        field: undefined,
        problem: 'csv-cell-count',
        value: `${cells.length}/${columns.length}`,
      });
      continue;
    }
    const row: Record<string, string> = {};
    columns.forEach((column, i) => (row[column] = cells[i] ?? ''));
    const result = validateRow(row, line, meta, countries, currencies);
    if (result.record) records.push(result.record);
    errors.push(...result.errors);
  }
  return { records, errors: errors.sort((a, b) => a.line - b.line), unit: 'line' };
}

/** Parses and validates a JSON file: a list of records, or `{ "records": [...] }` as the export writes it. */
export function importJson(
  text: string,
  meta: { file: string; importedAt: string },
  countries: CountryNames = NO_NAMES,
  currencies?: readonly CurrencyCode[],
): ImportResult {
  if (text.replace(/^\uFEFF/, '').trim() === '') return fileFailure('empty', 'record');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fileFailure('json-syntax', 'record', error instanceof Error ? error.message : undefined);
  }
  const list = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null && Array.isArray((json as { records?: unknown }).records)
      ? (json as { records: unknown[] }).records
      : undefined;
  if (!list) return fileFailure('json-shape', 'record');
  if (list.length === 0) return fileFailure('empty', 'record');
  if (list.length > MAX_ROWS) return fileFailure('too-many-rows', 'record', String(list.length));
  const records: UserRecord[] = [];
  const errors: RowError[] = [];
  list.forEach((entry, index) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      errors.push({
        line: index + 1,
        field: undefined,
        problem: 'type',
        value: JSON.stringify(entry)?.slice(0, 80),
      });
      return;
    }
    const result = validateRow(
      flattenJson(entry as Record<string, unknown>),
      index + 1,
      meta,
      countries,
      currencies,
    );
    if (result.record) records.push(result.record);
    errors.push(...result.errors);
  });
  return { records, errors, unit: 'record' };
}

/** Accepts the flat template keys, and the nested shape of the export (amount.value, source.name, …). */
export function flattenJson(entry: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...entry };
  const amount = entry.amount;
  if (typeof amount === 'object' && amount !== null && !Array.isArray(amount)) {
    const a = amount as Record<string, unknown>;
    out.amount = a.value;
    out.currency ??= a.currency;
    out.qualifier ??= a.qualifier;
  }
  const source = entry.source;
  if (typeof source === 'object' && source !== null && !Array.isArray(source)) {
    const s = source as Record<string, unknown>;
    out.source_name ??= s.name;
    out.source_url ??= s.url;
    out.source_note ??= s.note;
  }
  if (Array.isArray(entry.focus)) out.focus = entry.focus.filter((f) => typeof f === 'string').join(';');
  return out;
}

/** Picks the parser by the file's name, else by its first character. */
export function importFile(
  name: string,
  bytes: Uint8Array,
  importedAt: string,
  context: ImportContext = { countries: NO_NAMES },
): ImportResult {
  const unit = /\.json$/i.test(name) ? 'record' : 'line';
  if (bytes.length === 0) return fileFailure('empty', unit);
  if (bytes.length > MAX_FILE_BYTES) return fileFailure('too-large', unit, String(bytes.length));
  const decoded = decodeText(bytes);
  if (decoded === undefined) return fileFailure('not-text', unit);
  const { text, encoding } = decoded;
  const meta = { file: name, importedAt };
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  const json = /\.json$/i.test(name) || (!/\.(csv|txt)$/i.test(name) && (first === '[' || first === '{'));
  const result = json
    ? importJson(text, meta, context.countries, context.currencies)
    : importCsv(text, meta, context.countries, context.currencies);
  return { ...result, encoding };
}

export {
  TEMPLATE_EXAMPLE,
  recordsToCsv,
  recordsToJson,
  recordsToRows,
  templateCsv,
  templateJson,
} from './record-files';
