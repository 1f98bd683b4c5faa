// One imported row, validated with valibot field by field: every problem is collected with its field, so one bad
// cell does not hide another. The messages are problem codes; the interface words each in the current language.
import * as v from 'valibot';
import { isValidPartialDate } from '../../../lib/format';
import type { Commitment, Country, CurrencyCode, FocusArea } from '../../../lib/schema';
import { COUNTRIES, CURRENCIES, FOCUS_AREAS } from '../../../lib/schema';

/** The columns of the import format, in the order of the template. */
export const IMPORT_COLUMNS = [
  'investor',
  'investor_ja',
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

/** Why a field or a file was refused. */
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

export interface RowError {
  /** The 1-based line of a CSV file, or the 1-based record number of a JSON file. */
  line: number;
  field: ImportColumn | undefined;
  problem: ImportProblem;
  /** The value found, as text (shown as text, never as markup). */
  value?: string;
}

/** A row's fields once valid: the investor still as the file names it (resolved against the investors later). */
export interface ValidRow {
  investor: string;
  investorJa?: string;
  country: Country;
  amount: { value: number; currency: CurrencyCode; qualifier?: 'atLeast' | 'moreThan' };
  period: Commitment['period'];
  announced: { date: string; precision: 'day' | 'month' | 'year' } | null;
  focus: FocusArea[];
  source: { name: string; url?: string; note?: string };
  note?: string;
}

const MAX_TEXT = 2000;
const MAX_NAME = 200;

export const fold = (text: string) => text.normalize('NFKC').trim();

/** Names of the region's economies as a file may write them (JP, Japan, 日本 …), by code. */
export type CountryNames = ReadonlyMap<string, Country>;

/** A cell as text: empty cells, null and missing keys are all "not given"; objects and lists are refused. */
const cell = v.pipe(
  v.union([v.string(), v.number(), v.null(), v.undefined()], 'type' satisfies ImportProblem),
  v.transform((value) => {
    const text = typeof value === 'number' ? String(value) : (value ?? '').trim();
    return text === '' ? undefined : text;
  }),
  v.check((t) => t === undefined || t.length <= MAX_TEXT, 'too-long' satisfies ImportProblem),
);
const required = (problem: ImportProblem = 'required') =>
  v.pipe(
    cell,
    v.check((t) => t !== undefined, problem),
    v.transform((t) => t!),
  );

const YEAR = /^\d{4}$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const year = v.pipe(
  cell,
  v.check((t) => t === undefined || (YEAR.test(fold(t)) && +fold(t) >= 1900 && +fold(t) <= 2100), 'year'),
  v.transform((t) => (t === undefined ? undefined : Number(fold(t)))),
);

/** A number as people write it: "1,600,000,000,000" and "2.9e9" are accepted; "1600億" (a unit) is not. */
function parseAmount(text: string): number | undefined {
  const plain = fold(text).replace(/[,_\s]/g, '');
  return /^\d+(\.\d+)?(e\d+)?$/i.test(plain) ? Number(plain) : undefined;
}

function rowSchema(countries: CountryNames, currencies: readonly CurrencyCode[]) {
  const country = (t: string): Country | undefined => {
    const key = fold(t).toUpperCase();
    return (COUNTRIES as readonly string[]).includes(key)
      ? (key as Country)
      : countries.get(fold(t).toLowerCase());
  };
  return v.object({
    investor: v.pipe(
      required(),
      v.check((t) => t.length <= MAX_NAME, 'investor'),
    ),
    investor_ja: v.pipe(
      cell,
      v.check((t) => t === undefined || t.length <= MAX_NAME, 'investor'),
    ),
    country: v.pipe(
      required(),
      v.check((t) => country(t) !== undefined, 'country'),
      v.transform((t) => country(t)!),
    ),
    amount: v.pipe(
      required(),
      v.check((t) => (parseAmount(t) ?? 0) > 0 && Number.isFinite(parseAmount(t)), 'amount'),
      v.transform((t) => parseAmount(t)!),
    ),
    currency: v.pipe(
      required(),
      v.check((t) => (currencies as readonly string[]).includes(fold(t).toUpperCase()), 'currency'),
      v.transform((t) => fold(t).toUpperCase() as CurrencyCode),
    ),
    qualifier: v.pipe(
      cell,
      v.check((t) => t === undefined || t === 'atLeast' || t === 'moreThan', 'qualifier'),
      v.transform((t) => t as 'atLeast' | 'moreThan' | undefined),
    ),
    period_start: year,
    period_end: year,
    announced: v.pipe(
      cell,
      v.check((t) => {
        if (t === undefined) return true;
        const date = fold(t);
        return DATE.test(date) && isValidPartialDate({ date, precision: precisionOf(date) });
      }, 'date'),
      v.transform((t) => (t === undefined ? null : { date: fold(t), precision: precisionOf(fold(t)) })),
    ),
    focus: v.pipe(
      cell,
      v.transform((t) =>
        (t ?? '')
          .split(/[;；|、]/)
          .map((f) => fold(f).toLowerCase())
          .filter(Boolean),
      ),
      v.check((list) => list.every((f) => (FOCUS_AREAS as readonly string[]).includes(f)), 'focus'),
      v.transform((list) => [...new Set(list)] as FocusArea[]),
    ),
    source_name: required(),
    source_url: v.pipe(
      cell,
      v.check((t) => t === undefined || /^https?:\/\/[^\s"<>]+$/i.test(t), 'url'),
    ),
    source_note: cell,
    note: cell,
  });
}

const columnIndex = (field: ImportColumn | undefined) =>
  field === undefined ? -1 : IMPORT_COLUMNS.indexOf(field);

const precisionOf = (date: string): 'day' | 'month' | 'year' =>
  date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';

const schemas = new WeakMap<CountryNames, Map<string, ReturnType<typeof rowSchema>>>();

/**
 * Validates one row (a CSV record as an object of cells, or a JSON object). The fields are checked by the schema,
 * then what involves several fields (a period in order, a period or a date, a source to open or read).
 */
export function validateRowFields(
  row: Record<string, unknown>,
  line: number,
  countries: CountryNames,
  /** The currencies the dashboard can convert: those it has a rate for (all, when not given). */
  currencies: readonly CurrencyCode[] = CURRENCIES,
): { row?: ValidRow; errors: RowError[] } {
  let byCurrencies = schemas.get(countries);
  if (!byCurrencies) schemas.set(countries, (byCurrencies = new Map()));
  const key = currencies.join(',');
  let schema = byCurrencies.get(key);
  if (!schema) byCurrencies.set(key, (schema = rowSchema(countries, currencies)));
  const errors: RowError[] = [];
  const fail = (field: ImportColumn | undefined, problem: ImportProblem, value?: unknown) => {
    const text =
      value === undefined || value === null
        ? undefined
        : (typeof value === 'string' ? value : JSON.stringify(value)).slice(0, 80);
    errors.push({ line, field, problem, ...(text !== undefined ? { value: text } : {}) });
  };
  // Every column as a key, so that an absent one is an empty cell (valibot reports a missing key otherwise).
  const cells = Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, row[column]]));
  const result = v.safeParse(schema, cells, { abortEarly: false, abortPipeEarly: true });
  if (!result.success) {
    for (const issue of result.issues) {
      const field = issue.path?.[0]?.key as ImportColumn | undefined;
      const problem = (issue.message as ImportProblem) || 'type';
      // A missing key is an empty cell; valibot's union reports the key's value (undefined) as its input.
      fail(field, problem, problem === 'required' || problem === 'too-long' ? undefined : row[field ?? '']);
    }
  }
  const raw = (field: ImportColumn) => {
    const value = row[field];
    return typeof value === 'string'
      ? value.trim() || undefined
      : typeof value === 'number'
        ? String(value)
        : undefined;
  };
  const hasStart = raw('period_start') !== undefined;
  const hasEnd = raw('period_end') !== undefined;
  const hasDate = raw('announced') !== undefined;
  if (!hasStart && !hasEnd && !hasDate) fail('period_start', 'period-or-date');
  // A start year alone is a one-year period only if the file says so; treat it as the start of an unknown period.
  if (hasStart && !hasEnd && !hasDate) fail('period_end', 'required');
  if (raw('source_url') === undefined && raw('source_note') === undefined)
    fail('source_url', 'source-detail');
  if (result.success) {
    const o = result.output;
    if (o.period_start !== undefined && o.period_end !== undefined && o.period_end < o.period_start)
      fail('period_end', 'period-order', raw('period_end'));
  }
  // In the order of the columns, so that a line's problems read left to right.
  errors.sort((a, b) => columnIndex(a.field) - columnIndex(b.field));
  if (errors.length > 0 || !result.success) return { errors };
  const o = result.output;
  const period: Commitment['period'] =
    o.period_start !== undefined && o.period_end !== undefined
      ? { kind: 'range', start: o.period_start, end: o.period_end }
      : o.period_end !== undefined
        ? { kind: 'until', end: o.period_end }
        : { kind: 'unknown' };
  return {
    errors,
    row: {
      investor: fold(o.investor),
      ...(o.investor_ja ? { investorJa: fold(o.investor_ja) } : {}),
      country: o.country,
      amount: { value: o.amount, currency: o.currency, ...(o.qualifier ? { qualifier: o.qualifier } : {}) },
      period,
      announced: o.announced,
      focus: o.focus,
      source: {
        name: o.source_name,
        ...(o.source_url ? { url: o.source_url } : {}),
        ...(o.source_note ? { note: o.source_note } : {}),
      },
      ...(o.note ? { note: o.note } : {}),
    },
  };
}
