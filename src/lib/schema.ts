import { isValidPartialDate } from './format';
import type { Path, Validator } from './validate';
import {
  SchemaError,
  array,
  describe,
  formatPath,
  literal,
  nullable,
  object,
  optional,
  pattern,
  positiveNumber,
  string,
  tagged,
  year,
} from './validate';

/** The files of the dataset, fetched from `public/data/`. */
export const DATA_FILES = ['commitments', 'events', 'facts', 'rates', 'sources', 'verification'] as const;
export type DataFile = (typeof DATA_FILES)[number];

export const CURRENCIES = ['JPY', 'USD', 'AUD', 'SGD', 'MYR', 'INR', 'THB', 'TWD'] as const;
export const INVESTORS = ['microsoft', 'aws', 'google', 'oracle'] as const;
export const COUNTRIES = ['JP', 'ID', 'MY', 'SG', 'AU', 'IN', 'KR', 'TH', 'TW'] as const;
export const FOCUS_AREAS = ['infrastructure', 'cybersecurity', 'skills', 'subsea-cables'] as const;
export const PROVENANCES = ['article', 'public-record'] as const;
export const VERIFICATION_STATUSES = [
  'agrees',
  'agrees-in-substance',
  'partly',
  'differs',
  'not-found',
] as const;

const bilingual = object({ en: string, ja: string });
const sourceId = pattern(/^[a-z0-9-]+$/, 'a source id');
const recordId = pattern(/^[a-z0-9-]+$/, 'an id of lowercase letters, digits and hyphens');

const partialDateFields = {
  date: pattern(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'a date as YYYY, YYYY-MM or YYYY-MM-DD',
  ),
  precision: literal('day', 'month', 'year'),
  qualifier: optional(literal('around', 'early', 'late')),
};
const checkPrecision = <T extends { date: string; precision: 'day' | 'month' | 'year' }>(
  inner: Validator<T>,
): Validator<T> => {
  const lengths = { year: 4, month: 7, day: 10 } as const;
  return (value, path) => {
    const parsed = inner(value, path);
    if (parsed.date.length !== lengths[parsed.precision])
      throw new SchemaError(
        [...path, 'date'],
        `a date written to ${parsed.precision} precision`,
        parsed.date,
      );
    if (parsed.precision === 'day' && !isValidPartialDate(parsed))
      throw new SchemaError([...path, 'date'], 'a day that exists in the calendar', parsed.date);
    return parsed;
  };
};
const partialDate = checkPrecision(object(partialDateFields));
/** A date that says which source gives it. */
const sourcedDate = checkPrecision(object({ ...partialDateFields, source: sourceId }));

const period = tagged('kind', {
  range: object({ kind: literal('range'), start: year, end: year }),
  until: object({ kind: literal('until'), end: year }),
  duration: object({ kind: literal('duration'), years: positiveNumber, from: year }),
  unknown: object({ kind: literal('unknown') }),
});

const commitment = object({
  id: recordId,
  investor: literal(...INVESTORS),
  country: literal(...COUNTRIES),
  amount: object({
    value: positiveNumber,
    currency: literal(...CURRENCIES),
    qualifier: optional(literal('atLeast', 'moreThan')),
  }),
  statedConversion: optional(
    object({
      value: positiveNumber,
      currency: literal(...CURRENCIES),
      qualifier: literal('approx'),
      source: sourceId,
    }),
  ),
  period,
  announced: nullable(sourcedDate),
  focus: array(literal(...FOCUS_AREAS), { min: 1 }),
  provenance: literal(...PROVENANCES),
  sources: array(sourceId, { min: 1 }),
  verification: optional(recordId),
  text: bilingual,
});

const event = object({
  id: recordId,
  kind: literal('policy', 'cyber', 'corporate'),
  date: sourcedDate,
  provenance: literal(...PROVENANCES),
  sources: array(sourceId, { min: 1 }),
  verification: optional(recordId),
  publicRecordDates: optional(array(sourcedDate)),
  text: bilingual,
});

const fact = tagged('kind', {
  'skills-target': object({
    id: recordId,
    kind: literal('skills-target'),
    people: positiveNumber,
    byYear: year,
    provenance: literal(...PROVENANCES),
    sources: array(sourceId, { min: 1 }),
    verification: optional(recordId),
    text: bilingual,
  }),
  regions: object({
    id: recordId,
    kind: literal('regions'),
    regions: array(literal('tokyo', 'osaka'), { min: 1 }),
    provenance: literal(...PROVENANCES),
    sources: array(sourceId, { min: 1 }),
    verification: optional(recordId),
    text: bilingual,
  }),
});

const rate = object({
  id: recordId,
  currency: literal(...CURRENCIES),
  unitsPerUsd: positiveNumber,
  basis: literal('article-implied', 'year-average', 'spot'),
  year: optional(year),
  date: optional(partialDate),
  source: sourceId,
  note: optional(bilingual),
});

const source = object({
  id: sourceId,
  kind: literal('article', 'news', 'company', 'statistics'),
  publisher: nullable(string),
  via: optional(bilingual),
  title: optional(string),
  url: optional(pattern(/^https:\/\/[^\s"<>]+$/, 'an https:// address')),
  published: nullable(partialDate),
});

const verification = object({
  id: recordId,
  status: literal(...VERIFICATION_STATUSES),
  claim: bilingual,
  article: bilingual,
  publicRecord: bilingual,
  sources: array(sourceId),
});

/** A commitment as the bundled files may hold it: never provenance 'mine'. */
export type BundledCommitment = ReturnType<typeof commitment>;
/** A commitment in the app: bundled, or imported by the user from a file (provenance 'mine', kept in the browser). */
export type Commitment = Omit<BundledCommitment, 'provenance'> & { provenance: AnyProvenance };
export type PolicyEvent = ReturnType<typeof event>;
export type Fact = ReturnType<typeof fact>;
export type Rate = ReturnType<typeof rate>;
export type Source = ReturnType<typeof source>;
export type Verification = ReturnType<typeof verification>;
export type VerificationStatus = Verification['status'];
export type Investor = Commitment['investor'];
export type Country = Commitment['country'];
export type Provenance = BundledCommitment['provenance'];
/** Where any record in the app comes from, the user's own imported records included. */
export type AnyProvenance = Provenance | 'mine';
export type FocusArea = Commitment['focus'][number];
export type SourcedDate = NonNullable<Commitment['announced']>;

export interface Landscape {
  commitments: Commitment[];
  events: PolicyEvent[];
  facts: Fact[];
  rates: Rate[];
  sources: Source[];
  verification: Verification[];
}

const recordValidators: { [F in DataFile]: Validator<Landscape[F][number]> } = {
  commitments: commitment,
  events: event,
  facts: fact,
  rates: rate,
  sources: source,
  verification,
};

/** What is wrong with a data file, phrased so that a person can find and fix it. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly recordId?: string,
    readonly field?: string,
  ) {
    super(`${file}${recordId ? `, record "${recordId}"` : ''}${field ? `, field ${field}` : ''}: ${problem}`);
    this.name = 'DataError';
  }
}

function idOf(value: unknown, index: number): string {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? id : `#${index + 1}`;
}

/** Validates one file's JSON; the error names the file, the record and the field. */
export function parseDataFile<F extends DataFile>(file: F, json: unknown): Landscape[F] {
  const fileName = `${file}.json`;
  const list =
    typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[file] : undefined;
  if (!Array.isArray(list)) throw new DataError(fileName, `expected an object with a list "${file}"`);
  const seen = new Set<string>();
  return list.map((entry, index) => {
    try {
      const parsed = recordValidators[file](entry, []) as Landscape[F][number];
      if (seen.has(parsed.id)) throw new DataError(fileName, 'the id is used twice', parsed.id, 'id');
      seen.add(parsed.id);
      return parsed;
    } catch (error) {
      if (error instanceof SchemaError) {
        const problem = `expected ${error.expected}, got ${describe(error.received)}`;
        throw new DataError(fileName, problem, idOf(entry, index), formatPath(error.path) || undefined);
      }
      throw error;
    }
  }) as Landscape[F];
}

/** Checks what a single file cannot: every source and verification a record names exists. */
export function checkReferences(data: Landscape): void {
  const sources = new Set(data.sources.map((s) => s.id));
  const verifications = new Set(data.verification.map((v) => v.id));
  const check = (file: DataFile, id: string, field: Path, ref: string | undefined, known: Set<string>) => {
    if (ref !== undefined && !known.has(ref))
      throw new DataError(
        `${file}.json`,
        `"${ref}" is not in ${known === sources ? 'sources' : 'verification'}.json`,
        id,
        formatPath(field),
      );
  };
  const lists: [DataFile, { id: string; sources?: string[]; verification?: string; source?: string }[]][] = [
    ['commitments', data.commitments],
    ['events', data.events],
    ['facts', data.facts],
    ['rates', data.rates],
    ['verification', data.verification],
  ];
  for (const [file, records] of lists) {
    for (const record of records) {
      record.sources?.forEach((ref, i) => check(file, record.id, ['sources', i], ref, sources));
      check(file, record.id, ['source'], record.source, sources);
      if (file !== 'verification')
        check(file, record.id, ['verification'], record.verification, verifications);
    }
  }
  for (const c of data.commitments) {
    check('commitments', c.id, ['announced', 'source'], c.announced?.source, sources);
    check('commitments', c.id, ['statedConversion', 'source'], c.statedConversion?.source, sources);
  }
  for (const e of data.events) {
    check('events', e.id, ['date', 'source'], e.date.source, sources);
    e.publicRecordDates?.forEach((d, i) =>
      check('events', e.id, ['publicRecordDates', i, 'source'], d.source, sources),
    );
  }
}
