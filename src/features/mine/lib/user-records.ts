// The user's own records: imported from a CSV or JSON file, validated field by field, kept in the browser and
// joined to the bundled data as provenance 'mine'.
import { parseCsv, toCsv } from '../../../lib/csv';
import { isValidPartialDate } from '../../../lib/format';
import type { Commitment, Country, FocusArea, Investor } from '../../../lib/schema';
import { COUNTRIES, CURRENCIES, FOCUS_AREAS, INVESTORS } from '../../../lib/schema';
import type { Validator } from '../../../lib/validate';
import { SchemaError, literal, pattern, positiveNumber, year } from '../../../lib/validate';

/** The columns of the import format, in the order of the template. */
export const IMPORT_COLUMNS = [
  'investor',
  'country',
  'amount',
  'currency',
  'qualifier',
  'period_start',
  'period_end',
  'announced',
  'focus',
  'source_name',
  'source_url',
  'source_note',
  'note',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Columns a file must have (a row may still leave period_start, period_end or announced empty, not all three). */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  'investor',
  'country',
  'amount',
  'currency',
  'source_name',
];

/** Larger files are refused before they are read; more rows than this are refused after parsing. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;

export interface UserRecord {
  id: string;
  investor: Investor;
  country: Country;
  amount: { value: number; currency: Commitment['amount']['currency']; qualifier?: 'atLeast' | 'moreThan' };
  period: Commitment['period'];
  announced: { date: string; precision: 'day' | 'month' | 'year' } | null;
  focus: FocusArea[];
  source: { name: string; url?: string; note?: string };
  note?: string;
  /** The file the record came from, and when it was imported (ISO date-time). */
  file: string;
  importedAt: string;
}

/** Why a field or a file was refused; the interface words each problem in the current language. */
export type ImportProblem =
  | 'required'
  | 'type'
  | 'investor'
  | 'country'
  | 'amount'
  | 'currency'
  | 'qualifier'
  | 'year'
  | 'period-order'
  | 'period-or-date'
  | 'date'
  | 'focus'
  | 'url'
  | 'source-detail'
  | 'too-long'
  | 'csv-unclosed-quote'
  | 'csv-text-after-quote'
  | 'csv-cell-count';

export type FileProblem =
  | 'empty'
  | 'not-text'
  | 'too-large'
  | 'too-many-rows'
  | 'json-syntax'
  | 'json-shape'
  | 'missing-columns'
  | 'unknown-format';

export interface RowError {
  /** The 1-based line of a CSV file, or the 1-based record number of a JSON file. */
  line: number;
  field: ImportColumn | undefined;
  problem: ImportProblem;
  /** The value found, as text (shown as text, never as markup). */
  value?: string;
}

export interface ImportResult {
  records: UserRecord[];
  errors: RowError[];
  /** A problem with the whole file: nothing was imported. */
  fileProblem?: { problem: FileProblem; detail?: string };
  /** 'line' for CSV, 'record' for JSON: what RowError.line counts. */
  unit: 'line' | 'record';
}

const MAX_TEXT = 2000;
const INVESTOR_NAMES: Record<string, Investor> = {
  microsoft: 'microsoft',
  aws: 'aws',
  amazon: 'aws',
  'amazon web services': 'aws',
  google: 'google',
  oracle: 'oracle',
  マイクロソフト: 'microsoft',
  アマゾン: 'aws',
  グーグル: 'google',
  オラクル: 'oracle',
};

const fold = (text: string) => text.normalize('NFKC').trim();

const investorField: Validator<Investor> = (value, path) => {
  const name = INVESTOR_NAMES[fold(String(value)).toLowerCase()];
  return name ?? literal(...INVESTORS)(value, path);
};
const countryField: Validator<Country> = (value, path) =>
  literal(...COUNTRIES)(fold(String(value)).toUpperCase(), path);
const currencyField: Validator<Commitment['amount']['currency']> = (value, path) =>
  literal(...CURRENCIES)(fold(String(value)).toUpperCase(), path);
const qualifierField = literal('atLeast', 'moreThan');
const dateField = pattern(
  /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
  'YYYY, YYYY-MM or YYYY-MM-DD',
);
const urlField = pattern(/^https?:\/\/[^\s"<>]+$/i, 'an http(s) address');

/** A number as people write it: "1,600,000,000,000", "１６００億" is not accepted (no units), "2.9e9" is. */
function parseAmount(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const text = fold(value).replace(/[,_\s]/g, '');
  if (!/^\d+(\.\d+)?(e\d+)?$/i.test(text)) return undefined;
  return Number(text);
}

function parseYear(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !/^\d{4}$/.test(fold(value))) return undefined;
  return Number(fold(value));
}

/** A cell as text: empty cells, null and missing keys are all "not given". */
function cellText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text =
    typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
  return text === '' ? undefined : text;
}

let counter = 0;
/** A record id unique in this browser: lowercase letters, digits and hyphens, as the bundled ids. */
export function newRecordId(now = Date.now()): string {
  counter = (counter + 1) % 1_000_000;
  return `mine-${now.toString(36)}-${counter.toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
}

/**
 * Validates one row (a CSV record as an object of cells, or a JSON object); every problem is reported with its
 * field, so one bad field does not hide another.
 */
export function validateRow(
  row: Record<string, unknown>,
  line: number,
  meta: { file: string; importedAt: string; id?: string },
): { record?: UserRecord; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (field: ImportColumn | undefined, problem: ImportProblem, value?: unknown) => {
    const text = value === undefined || value === null ? undefined : String(value).slice(0, 80);
    errors.push({ line, field, problem, ...(text !== undefined ? { value: text } : {}) });
  };
  const get = (field: ImportColumn) => {
    const raw = row[field];
    if (raw !== undefined && raw !== null && typeof raw !== 'string' && typeof raw !== 'number') {
      fail(field, 'type', JSON.stringify(raw));
      return undefined;
    }
    const text = cellText(raw);
    if (text !== undefined && text.length > MAX_TEXT) {
      fail(field, 'too-long');
      return undefined;
    }
    return text;
  };
  const check = <T>(field: ImportColumn, problem: ImportProblem, validate: Validator<T>, value: unknown) => {
    try {
      return validate(value, [field]);
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      fail(field, problem, value);
      return undefined;
    }
  };
  const required = <T>(field: ImportColumn, problem: ImportProblem, validate: Validator<T>) => {
    const value = get(field);
    if (value === undefined) {
      if (!errors.some((e) => e.field === field)) fail(field, 'required');
      return undefined;
    }
    return check(field, problem, validate, value);
  };

  const investor = required('investor', 'investor', investorField);
  const country = required('country', 'country', countryField);
  const amountText = get('amount');
  let amount: number | undefined;
  if (amountText === undefined) {
    if (!errors.some((e) => e.field === 'amount')) fail('amount', 'required');
  } else {
    amount = check('amount', 'amount', positiveNumber, parseAmount(row.amount) ?? amountText);
  }
  const currency = required('currency', 'currency', currencyField);
  const qualifierText = get('qualifier');
  const qualifier =
    qualifierText === undefined ? undefined : check('qualifier', 'qualifier', qualifierField, qualifierText);

  const startText = get('period_start');
  const endText = get('period_end');
  const start =
    startText === undefined
      ? undefined
      : check('period_start', 'year', year, parseYear(row.period_start) ?? startText);
  const end =
    endText === undefined
      ? undefined
      : check('period_end', 'year', year, parseYear(row.period_end) ?? endText);
  if (start !== undefined && end !== undefined && end < start) fail('period_end', 'period-order', endText);
  const announcedText = get('announced');
  let announced: UserRecord['announced'] = null;
  if (announcedText !== undefined) {
    const date = check('announced', 'date', dateField, fold(announcedText));
    if (date !== undefined) {
      const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
      if (isValidPartialDate({ date, precision })) announced = { date, precision };
      else fail('announced', 'date', announcedText);
    }
  }
  if (startText === undefined && endText === undefined && announcedText === undefined)
    fail('period_start', 'period-or-date');
  // A start year alone is a one-year period only if the file says so; treat it as the start of an unknown period.
  if (startText !== undefined && endText === undefined && announcedText === undefined)
    fail('period_end', 'required');

  const focusText = get('focus');
  const focus: FocusArea[] = [];
  if (focusText !== undefined) {
    for (const item of focusText
      .split(/[;；|]/)
      .map((f) => fold(f).toLowerCase())
      .filter(Boolean)) {
      if ((FOCUS_AREAS as readonly string[]).includes(item)) focus.push(item as FocusArea);
      else fail('focus', 'focus', item);
    }
  }

  const sourceName = required('source_name', 'required', (v) => String(v));
  const urlText = get('source_url');
  const url = urlText === undefined ? undefined : check('source_url', 'url', urlField, urlText);
  const sourceNote = get('source_note');
  if (urlText === undefined && sourceNote === undefined) fail('source_url', 'source-detail');
  const note = get('note');

  if (errors.length > 0 || !investor || !country || amount === undefined || !currency || !sourceName)
    return { errors };
  const period: Commitment['period'] =
    start !== undefined && end !== undefined
      ? { kind: 'range', start, end }
      : end !== undefined
        ? { kind: 'until', end }
        : { kind: 'unknown' };
  return {
    errors,
    record: {
      id: meta.id ?? newRecordId(),
      investor,
      country,
      amount: { value: amount, currency, ...(qualifier ? { qualifier } : {}) },
      period,
      announced,
      focus: [...new Set(focus)],
      source: { name: sourceName, ...(url ? { url } : {}), ...(sourceNote ? { note: sourceNote } : {}) },
      ...(note ? { note } : {}),
      file: meta.file,
      importedAt: meta.importedAt,
    },
  };
}

function fileFailure(problem: FileProblem, unit: 'line' | 'record', detail?: string): ImportResult {
  return { records: [], errors: [], fileProblem: { problem, ...(detail ? { detail } : {}) }, unit };
}

/** Decodes a file's bytes as UTF-8 text, or says it is not text (binary garbage, another encoding). */
export function decodeText(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Control characters other than tab and line ends do not belong in a CSV or JSON file.
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return undefined;
    }
    return text;
  } catch {
    return undefined;
  }
}

/** Parses and validates a CSV file's text. Header names are matched without regard to case or spacing. */
export function importCsv(text: string, meta: { file: string; importedAt: string }): ImportResult {
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
    const result = validateRow(row, line, meta);
    if (result.record) records.push(result.record);
    errors.push(...result.errors);
  }
  return { records, errors: errors.sort((a, b) => a.line - b.line), unit: 'line' };
}

/** Parses and validates a JSON file: a list of records, or `{ "records": [...] }` as the export writes it. */
export function importJson(text: string, meta: { file: string; importedAt: string }): ImportResult {
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
    const result = validateRow(flattenJson(entry as Record<string, unknown>), index + 1, meta);
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
export function importFile(name: string, bytes: Uint8Array, importedAt: string): ImportResult {
  const unit = /\.json$/i.test(name) ? 'record' : 'line';
  if (bytes.length === 0) return fileFailure('empty', unit);
  if (bytes.length > MAX_FILE_BYTES) return fileFailure('too-large', unit, String(bytes.length));
  const text = decodeText(bytes);
  if (text === undefined) return fileFailure('not-text', unit);
  const meta = { file: name, importedAt };
  if (/\.json$/i.test(name)) return importJson(text, meta);
  if (/\.(csv|txt)$/i.test(name)) return importCsv(text, meta);
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === '[' || first === '{') return importJson(text, meta);
  return importCsv(text, meta);
}

/** The user's records as rows of the import format, so an export can be imported again. */
export function recordsToRows(records: readonly UserRecord[]): string[][] {
  return [
    [...IMPORT_COLUMNS],
    ...records.map((r) => [
      r.investor,
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

/** Example rows for the downloadable templates: a real, sourced record from the bundled data, in the import format. */
export const TEMPLATE_EXAMPLE: Record<ImportColumn, string> = {
  investor: 'microsoft',
  country: 'JP',
  amount: '2900000000',
  currency: 'USD',
  qualifier: '',
  period_start: '2024',
  period_end: '2025',
  announced: '2024-04-09',
  focus: 'infrastructure;skills',
  source_name: 'CTV News',
  source_url: '',
  source_note: 'Reported 2024-04-09: US$2.9 billion over two years',
  note: 'My note',
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
