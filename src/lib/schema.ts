// The dataset's shape, declared once with valibot: the app validates every fetched or embedded file with these
// schemas, and `npm run data:check` validates the files on disk with the same ones, listing every problem.
import * as v from 'valibot';
import { isValidPartialDate } from './format';
import { describe, formatPath } from './schema-errors';
import type { Path } from './schema-errors';

/** The files of the dataset, fetched from `public/data/`. */
export const DATA_FILES = [
  'commitments',
  'events',
  'facts',
  'investors',
  'rates',
  'sources',
  'verification',
  'dataset',
] as const;
export type DataFile = (typeof DATA_FILES)[number];

export const CURRENCIES = [
  'JPY',
  'USD',
  'AUD',
  'NZD',
  'SGD',
  'MYR',
  'INR',
  'THB',
  'TWD',
  'KRW',
  'IDR',
  'VND',
  'PHP',
] as const;
/** The economies of the region the dashboard covers, in the order the filter lists them. */
export const COUNTRIES = ['JP', 'KR', 'TW', 'AU', 'NZ', 'IN', 'SG', 'MY', 'ID', 'TH', 'VN', 'PH'] as const;
export const FOCUS_AREAS = ['infrastructure', 'cybersecurity', 'skills', 'subsea-cables'] as const;
export const PROVENANCES = ['article', 'public-record'] as const;
export const INVESTOR_KINDS = [
  'hyperscaler',
  'ai-lab',
  'chipmaker',
  'telecom',
  'operator',
  'conglomerate',
  'other',
] as const;
/** Colour tokens: the four hyperscalers keep their own; every other investor shares the neutral ones. */
export const SERIES_COLOURS = [
  'microsoft',
  'aws',
  'google',
  'oracle',
  'neutral-1',
  'neutral-2',
  'neutral-3',
] as const;
export const RELATION_KINDS = ['includes', 'overlaps', 'supersedes'] as const;
export const CAPACITY_UNITS = ['gpus', 'megawatts'] as const;
export const VERIFICATION_STATUSES = [
  'agrees',
  'agrees-in-substance',
  'partly',
  'differs',
  'not-found',
] as const;

/** "expected …, got …": the wording every problem with a data file or an import shares. */
const expect =
  (what: string) =>
  (issue: { input: unknown }): string =>
    `expected ${what}, got ${describe(issue.input)}`;
const oneOf = (options: readonly string[]) => expect(`one of ${options.map((o) => `"${o}"`).join(', ')}`);
const pick = <const T extends readonly string[]>(options: T) => v.picklist(options, oneOf(options));

const text = v.pipe(
  v.string(expect('a non-empty text')),
  v.check((s) => s.trim() !== '', expect('a non-empty text')),
);
/** Japanese text has at least one kana or kanji: a field left in English is caught. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
const bilingual = v.object(
  {
    en: text,
    ja: v.pipe(
      text,
      v.check((s) => JAPANESE.test(s), expect('Japanese text')),
    ),
  },
  expect('an object'),
);
/** A name in both languages: the Japanese press may write a name in Latin letters (KDDI, NTT). */
const bilingualName = v.object({ en: text, ja: text }, expect('an object'));
const id = (what: string) => v.pipe(v.string(expect(what)), v.regex(/^[a-z0-9-]+$/, expect(what)));
const recordId = id('an id of lowercase letters, digits and hyphens');
const sourceId = id('a source id');
const positiveNumber = v.pipe(
  v.number(expect('a positive number')),
  v.finite(expect('a positive number')),
  v.minValue(Number.MIN_VALUE, expect('a positive number')),
);
const year = v.pipe(
  v.number(expect('a year between 1900 and 2100')),
  v.integer(expect('a year between 1900 and 2100')),
  v.minValue(1900, expect('a year between 1900 and 2100')),
  v.maxValue(2100, expect('a year between 1900 and 2100')),
);
const list = <T extends v.GenericSchema>(item: T, min = 0) =>
  v.pipe(
    v.array(item, expect('a list')),
    v.check((l) => l.length >= min, expect(`a list of at least ${min}`)),
  );

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const PRECISION_LENGTH = { year: 4, month: 7, day: 10 } as const;
const partialDateEntries = {
  date: v.pipe(
    v.string(expect('a date as YYYY, YYYY-MM or YYYY-MM-DD')),
    v.regex(DATE, expect('a date as YYYY, YYYY-MM or YYYY-MM-DD')),
  ),
  precision: pick(['day', 'month', 'year'] as const),
  qualifier: v.optional(pick(['around', 'early', 'late'] as const)),
};
/** A date written to its precision, and a real day of the calendar. */
const datePrecision = <T extends { date: string; precision: 'day' | 'month' | 'year' }>() =>
  v.forward<T, v.CheckIssue<T>, ['date']>(
    v.check<T, (issue: v.CheckIssue<T>) => string>(
      (d) => d.date.length === PRECISION_LENGTH[d.precision] && isValidPartialDate(d),
      (issue) => {
        const d = issue.input;
        return d.date.length !== PRECISION_LENGTH[d.precision]
          ? `expected a date written to ${d.precision} precision, got ${describe(d.date)}`
          : `expected a day that exists in the calendar, got ${describe(d.date)}`;
      },
    ),
    ['date'] as never,
  );
const partialDate = v.pipe(v.object(partialDateEntries, expect('an object')), datePrecision());
/** A date that says which source gives it. */
const sourcedDate = v.pipe(
  v.object({ ...partialDateEntries, source: sourceId }, expect('an object')),
  datePrecision(),
);

const period = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('range'), start: year, end: year }),
    v.object({ kind: v.literal('until'), end: year }),
    v.object({ kind: v.literal('duration'), years: positiveNumber, from: year }),
    v.object({ kind: v.literal('unknown') }),
  ],
  oneOf(['range', 'until', 'duration', 'unknown']),
);

const amount = v.object(
  {
    value: positiveNumber,
    currency: pick(CURRENCIES),
    qualifier: v.optional(pick(['atLeast', 'moreThan'] as const)),
  },
  expect('an object'),
);

const relation = v.object(
  { kind: pick(RELATION_KINDS), target: recordId, note: v.optional(bilingual) },
  expect('an object'),
);

const commitment = v.pipe(
  v.object(
    {
      id: recordId,
      investor: id('an investor id'),
      country: pick(COUNTRIES),
      /** Absent for a commitment of GPUs or megawatts with no stated value; it then has a capacity. */
      amount: v.optional(amount),
      capacity: v.optional(
        v.object({ value: positiveNumber, unit: pick(CAPACITY_UNITS) }, expect('an object')),
      ),
      /** Money that crosses borders (a subsea cable): shown with its country, kept out of country totals. */
      scope: v.optional(pick(['cross-border'] as const)),
      statedConversion: v.optional(
        v.object(
          {
            value: positiveNumber,
            currency: pick(CURRENCIES),
            qualifier: v.literal('approx', oneOf(['approx'])),
            source: sourceId,
          },
          expect('an object'),
        ),
      ),
      period,
      announced: v.nullable(sourcedDate),
      focus: list(pick(FOCUS_AREAS), 1),
      provenance: pick(PROVENANCES),
      sources: list(sourceId, 1),
      verification: v.optional(recordId),
      /** What this record includes, overlaps or supersedes: totals count that money once. */
      relations: v.optional(list(relation, 1)),
      /** A caveat a reader must see beside the figure (a source that does not state it, a non-binding MoU …). */
      note: v.optional(bilingual),
      text: bilingual,
    },
    expect('an object'),
  ),
  v.forward(
    v.check(
      (c) => c.amount !== undefined || c.capacity !== undefined,
      () => 'expected an amount, or a capacity for a commitment without a stated value, got neither',
    ),
    ['amount'],
  ),
);

const event = v.object(
  {
    id: recordId,
    kind: pick(['policy', 'cyber', 'corporate'] as const),
    date: sourcedDate,
    provenance: pick(PROVENANCES),
    sources: list(sourceId, 1),
    verification: v.optional(recordId),
    publicRecordDates: v.optional(list(sourcedDate)),
    text: bilingual,
  },
  expect('an object'),
);

const factEntries = {
  id: recordId,
  provenance: pick(PROVENANCES),
  sources: list(sourceId, 1),
  verification: v.optional(recordId),
  text: bilingual,
};
const fact = v.variant(
  'kind',
  [
    v.object({ ...factEntries, kind: v.literal('skills-target'), people: positiveNumber, byYear: year }),
    v.object({
      ...factEntries,
      kind: v.literal('regions'),
      regions: list(pick(['tokyo', 'osaka'] as const), 1),
    }),
  ],
  oneOf(['skills-target', 'regions']),
);

const investor = v.object(
  {
    id: id('an investor id'),
    name: bilingualName,
    /** The full name where the short one is an abbreviation (AWS: Amazon Web Services). */
    fullName: v.optional(bilingualName),
    kind: pick(INVESTOR_KINDS),
    colour: pick(SERIES_COLOURS),
  },
  expect('an object'),
);

/**
 * A rate as its source prints it: most currencies as units per US dollar, the Australian and New Zealand dollars as
 * US dollars per unit. The app converts with `unitsPerUsd`, computed here from the published figure.
 */
const rate = v.pipe(
  v.object(
    {
      id: recordId,
      currency: pick(CURRENCIES),
      value: positiveNumber,
      direction: pick(['units-per-usd', 'usd-per-unit'] as const),
      basis: pick(['article-implied', 'year-average', 'spot'] as const),
      year: v.optional(year),
      date: v.optional(partialDate),
      source: sourceId,
      note: v.optional(bilingual),
    },
    expect('an object'),
  ),
  v.transform((r) => ({ ...r, unitsPerUsd: r.direction === 'usd-per-unit' ? 1 / r.value : r.value })),
);

const source = v.pipe(
  v.object(
    {
      id: sourceId,
      kind: pick(['article', 'news', 'company', 'statistics', 'government'] as const),
      publisher: v.nullable(text),
      via: v.optional(bilingualName),
      title: v.optional(text),
      url: v.optional(
        v.pipe(
          v.string(expect('an https:// address')),
          v.regex(/^https:\/\/[^\s"<>]+$/, expect('an https:// address')),
        ),
      ),
      published: v.nullable(partialDate),
      /** Why the source has no address or no date (the article's address is not known, …). */
      missing: v.optional(bilingual),
    },
    expect('an object'),
  ),
  v.forward(
    v.check(
      (s) => (s.url !== undefined && s.published !== null) || s.missing !== undefined,
      (issue) =>
        `expected an https address and a publication date, or a reason in "missing", got ${
          issue.input.url === undefined ? 'no address' : 'no date'
        }`,
    ),
    ['missing'],
  ),
);

const verification = v.object(
  {
    id: recordId,
    status: pick(VERIFICATION_STATUSES),
    claim: bilingual,
    article: bilingual,
    publicRecord: bilingual,
    sources: list(sourceId),
  },
  expect('an object'),
);

/** The dataset's own record: when it was last checked, what changed, and what was searched for and not found. */
const dataset = v.object(
  {
    id: recordId,
    asOf: v.pipe(v.object(partialDateEntries, expect('an object')), datePrecision()),
    changes: list(
      v.object(
        {
          date: v.pipe(v.object(partialDateEntries, expect('an object')), datePrecision()),
          kind: pick(['added', 'corrected', 'removed'] as const),
          records: list(recordId, 1),
          text: bilingual,
        },
        expect('an object'),
      ),
    ),
    searches: list(
      v.object(
        {
          countries: list(pick(COUNTRIES), 1),
          text: bilingual,
          date: v.pipe(v.object(partialDateEntries, expect('an object')), datePrecision()),
        },
        expect('an object'),
      ),
    ),
  },
  expect('an object'),
);

const RECORD_SCHEMAS = {
  commitments: commitment,
  events: event,
  facts: fact,
  investors: investor,
  rates: rate,
  sources: source,
  verification,
  dataset,
};

/** A record of commitments.json: with an amount, or (GPUs, megawatts) with a capacity only. */
export type CommitmentRecord = v.InferOutput<typeof commitment>;
/** A commitment with a stated amount as the bundled files hold it: never provenance 'mine'. */
export type BundledCommitment = CommitmentRecord & { amount: NonNullable<CommitmentRecord['amount']> };
/**
 * A commitment with a stated amount, what charts and totals draw: bundled, or imported by the user from a file
 * (provenance 'mine', kept in the browser).
 */
export type Commitment = Omit<BundledCommitment, 'provenance'> & { provenance: AnyProvenance };
/** A commitment of GPUs or megawatts with no stated value: listed with the records, never in a money total. */
export type CapacityCommitment = Omit<CommitmentRecord, 'amount' | 'statedConversion'> & {
  capacity: NonNullable<CommitmentRecord['capacity']>;
};
export type PolicyEvent = v.InferOutput<typeof event>;
export type Fact = v.InferOutput<typeof fact>;
export type Rate = v.InferOutput<typeof rate>;
export type Source = v.InferOutput<typeof source>;
export type Verification = v.InferOutput<typeof verification>;
export type InvestorRecord = v.InferOutput<typeof investor>;
export type DatasetInfo = v.InferOutput<typeof dataset>;
export type Relation = v.InferOutput<typeof relation>;
export type VerificationStatus = Verification['status'];
/** An investor's id: one of investors.json, or one the user's own records add. */
export type Investor = string;
export type Country = (typeof COUNTRIES)[number];
export type CurrencyCode = (typeof CURRENCIES)[number];
export type Provenance = BundledCommitment['provenance'];
/** Where any record in the app comes from, the user's own imported records included. */
export type AnyProvenance = Provenance | 'mine';
export type FocusArea = (typeof FOCUS_AREAS)[number];
export type SourcedDate = NonNullable<Commitment['announced']>;

/** The dataset as the views read it. */
export interface Landscape {
  commitments: Commitment[];
  capacities: CapacityCommitment[];
  events: PolicyEvent[];
  facts: Fact[];
  investors: InvestorRecord[];
  rates: Rate[];
  sources: Source[];
  verification: Verification[];
  dataset: DatasetInfo[];
}

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

function issuePath(issue: v.BaseIssue<unknown>): Path {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

/** The schema of a field, found by walking the record's schema along a path of keys. */
function schemaAt(
  schema: unknown,
  path: readonly (string | number)[],
  input: unknown,
): v.GenericSchema | undefined {
  let current = schema as
    | {
        type?: string;
        pipe?: unknown[];
        entries?: Record<string, unknown>;
        item?: unknown;
        wrapped?: unknown;
        options?: unknown[];
        key?: string;
      }
    | undefined;
  let value = input as Record<string, unknown> | undefined;
  for (const key of path) {
    while (current && (current.type === 'optional' || current.type === 'nullable' || current.pipe)) {
      current = (current.pipe ? current.pipe[0] : current.wrapped) as typeof current;
    }
    if (!current) return undefined;
    if (current.type === 'variant' && current.key && value) {
      const tag = value[current.key];
      current = (current.options as (typeof current)[]).find((o) => {
        const literal = o?.entries?.[current!.key!] as { literal?: unknown } | undefined;
        return literal?.literal === tag;
      });
    }
    current = (typeof key === 'number' ? current?.item : current?.entries?.[key]) as typeof current;
    value = (value?.[key as never] ?? undefined) as typeof value;
  }
  return current as v.GenericSchema | undefined;
}

function problemOf(issue: v.BaseIssue<unknown>, schema: v.GenericSchema, entry: unknown): string {
  // A key that is not there at all: valibot's object reports it, not the key's own schema. Ask that schema what it
  // expected, so that the problem reads the same as a wrong value would.
  if (issue.kind === 'schema' && issue.type === 'object' && issue.input === undefined && issue.path?.length) {
    const field = schemaAt(schema, issuePath(issue), entry);
    const result = field ? v.safeParse(field, undefined) : undefined;
    return result && !result.success ? result.issues[0].message : 'expected a value, got nothing';
  }
  return issue.message;
}

/** The files as they are on disk, each a list of its records (commitments.json holds both kinds of commitment). */
export type DataFiles = Omit<Landscape, 'commitments' | 'capacities'> & { commitments: CommitmentRecord[] };

/** The validated files as the views read them: commitments with an amount apart from those with a capacity only. */
export function assembleLandscape(files: DataFiles): Landscape {
  const commitments: Commitment[] = [];
  const capacities: CapacityCommitment[] = [];
  for (const record of files.commitments) {
    if (record.amount) commitments.push(record as Commitment);
    else if (record.capacity) capacities.push(record as CapacityCommitment);
  }
  return { ...files, commitments, capacities };
}

/** Every problem of one file, each naming the file, the record and the field; an empty list when it is valid. */
export function dataFileProblems<F extends DataFile>(
  file: F,
  json: unknown,
): { records: DataFiles[F]; problems: DataError[]; ids: string[] } {
  const fileName = `${file}.json`;
  const entries =
    typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[file] : undefined;
  if (!Array.isArray(entries))
    return {
      records: [] as unknown as DataFiles[F],
      problems: [new DataError(fileName, `expected an object with a list "${file}"`)],
      ids: [],
    };
  const problems: DataError[] = [];
  const records: unknown[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    // An id used twice is a problem whether or not the records are otherwise valid.
    const rawId = idOf(entry, index);
    if (!rawId.startsWith('#')) {
      if (seen.has(rawId)) problems.push(new DataError(fileName, 'the id is used twice', rawId, 'id'));
      seen.add(rawId);
    }
    const schema = RECORD_SCHEMAS[file] as v.GenericSchema;
    const result = v.safeParse(schema, entry, { abortEarly: false });
    if (!result.success) {
      for (const issue of result.issues)
        problems.push(
          new DataError(
            fileName,
            problemOf(issue, schema, entry),
            idOf(entry, index),
            formatPath(issuePath(issue)) || undefined,
          ),
        );
      return;
    }
    records.push(result.output);
  });
  const ids = entries.map((entry, index) => idOf(entry, index));
  return { records: records as DataFiles[F], problems, ids };
}

/** Validates one file's JSON; the error names the file, the record and the field of the first problem. */
export function parseDataFile<F extends DataFile>(file: F, json: unknown): DataFiles[F] {
  const { records, problems } = dataFileProblems(file, json);
  if (problems[0]) throw problems[0];
  return records;
}

/** The records a relation chain never returns to: a record that (through others) includes itself is a cycle. */
function relationCycles(commitments: readonly CommitmentRecord[]): string[] {
  const targets = new Map(commitments.map((c) => [c.id, (c.relations ?? []).map((r) => r.target)]));
  const cyclic: string[] = [];
  for (const start of targets.keys()) {
    const stack = [...(targets.get(start) ?? [])];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === start) {
        cyclic.push(start);
        break;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(targets.get(next) ?? []));
    }
  }
  return cyclic;
}

/** Checks what a single file cannot: every source, verification, investor and related record a record names exists. */
export function referenceProblems(
  data: DataFiles,
  /** The ids of every entry, valid or not (data:check): an invalid source is one problem, not one per citation. */
  ids: Partial<Record<DataFile, readonly string[]>> = {},
): DataError[] {
  const problems: DataError[] = [];
  const idsOf = (file: 'sources' | 'verification' | 'investors' | 'commitments') =>
    new Set([...data[file].map((r) => r.id), ...(ids[file] ?? [])]);
  const known = {
    sources: idsOf('sources'),
    verification: idsOf('verification'),
    investors: idsOf('investors'),
    commitments: idsOf('commitments'),
  };
  const check = (
    file: DataFile,
    id: string,
    field: Path,
    ref: string | undefined,
    list: keyof typeof known,
  ) => {
    if (ref !== undefined && !known[list].has(ref))
      problems.push(new DataError(`${file}.json`, `"${ref}" is not in ${list}.json`, id, formatPath(field)));
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
      record.sources?.forEach((ref, i) => check(file, record.id, ['sources', i], ref, 'sources'));
      check(file, record.id, ['source'], record.source, 'sources');
      if (file !== 'verification')
        check(file, record.id, ['verification'], record.verification, 'verification');
    }
  }
  for (const c of data.commitments) {
    check('commitments', c.id, ['investor'], c.investor, 'investors');
    check('commitments', c.id, ['announced', 'source'], c.announced?.source, 'sources');
    check('commitments', c.id, ['statedConversion', 'source'], c.statedConversion?.source, 'sources');
    c.relations?.forEach((r, i) => {
      check('commitments', c.id, ['relations', i, 'target'], r.target, 'commitments');
      if (r.target === c.id)
        problems.push(
          new DataError(
            'commitments.json',
            'a record cannot relate to itself',
            c.id,
            `relations[${i}].target`,
          ),
        );
    });
  }
  for (const id of relationCycles(data.commitments))
    problems.push(
      new DataError(
        'commitments.json',
        'its relations lead back to itself: totals could count none of them',
        id,
        'relations',
      ),
    );
  for (const e of data.events) {
    check('events', e.id, ['date', 'source'], e.date.source, 'sources');
    e.publicRecordDates?.forEach((d, i) =>
      check('events', e.id, ['publicRecordDates', i, 'source'], d.source, 'sources'),
    );
  }
  const all = new Set([
    ...known.commitments,
    ...data.events.map((e) => e.id),
    ...data.rates.map((r) => r.id),
    ...known.sources,
    ...known.verification,
    ...known.investors,
  ]);
  for (const d of data.dataset)
    d.changes.forEach((change, i) =>
      change.records.forEach((ref, j) => {
        if (!all.has(ref) && change.kind !== 'removed')
          problems.push(
            new DataError(
              'dataset.json',
              `"${ref}" is no record of the dataset`,
              d.id,
              `changes[${i}].records[${j}]`,
            ),
          );
      }),
    );
  if (data.dataset.length !== 1)
    problems.push(new DataError('dataset.json', `expected one entry, got ${data.dataset.length}`));
  return problems;
}

/** Throws the first reference problem (the app shows one; `npm run data:check` lists them all). */
export function checkReferences(data: DataFiles): void {
  const [first] = referenceProblems(data);
  if (first) throw first;
}
