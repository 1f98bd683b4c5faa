import { describe, expect, it } from 'vitest';
import { landscape, loadDataFiles, realFileJson as rawFile } from '../../tests/fixtures/landscape';
import type { DataFile, DataFiles } from './schema';
import { DATA_FILES, DataError, checkReferences, parseDataFile } from './schema';

type RawRecord = Record<string, unknown>;

/** A fresh copy of a file's JSON, with `edit` applied to it. */
function broken(file: DataFile, edit: (records: RawRecord[]) => void): unknown {
  const copy = rawFile(file);
  edit(copy[file] as RawRecord[]);
  return copy;
}

function recordById(records: RawRecord[], id: string): RawRecord {
  const record = records.find((r) => r.id === id);
  if (!record) throw new Error(`no record ${id} in the test data`);
  return record;
}

/** Runs `action` expecting a DataError, and returns it. */
function dataError(action: () => unknown): DataError {
  try {
    action();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw new Error(`expected a DataError, got ${String(error)}`);
  }
  throw new Error('expected a DataError, but nothing was thrown');
}

/** The DataError that `checkReferences` throws for a fresh copy of the shipped dataset with `edit` applied. */
function referenceError(edit: (data: DataFiles) => void): DataError {
  const data = loadDataFiles();
  edit(data);
  return dataError(() => checkReferences(data));
}

describe('parseDataFile on the shipped data', () => {
  it.each(DATA_FILES.map((f) => [f]))('parses public/data/%s.json', (file) => {
    const raw = rawFile(file);
    const parsed = parseDataFile(file, raw);
    expect(parsed.length).toBeGreaterThan(0);
    expect(parsed).toHaveLength(raw[file]!.length);
  });

  it('keeps the values of a record', () => {
    const commitments = parseDataFile('commitments', rawFile('commitments'));
    const msJp = commitments.find((c) => c.id === 'ms-jp-2026');
    expect(msJp?.amount).toEqual({ value: 1.6e12, currency: 'JPY' });
    expect(msJp?.announced).toEqual({ date: '2026-04-03', precision: 'day', source: 'electwork-2026-04-03' });
    expect(msJp?.period).toEqual({ kind: 'range', start: 2026, end: 2029 });
  });
});

describe('parseDataFile on broken data', () => {
  it('names the file, the record and the field of a bad amount', () => {
    const json = broken('commitments', (records) => {
      (recordById(records, 'ms-jp-2026').amount as RawRecord).value = 'abc';
    });
    const error = dataError(() => parseDataFile('commitments', json));
    expect(error.name).toBe('DataError');
    expect(error.file).toBe('commitments.json');
    expect(error.recordId).toBe('ms-jp-2026');
    expect(error.field).toBe('amount.value');
    expect(error.problem).toBe('expected a positive number, got "abc"');
    expect(error.message).toBe(
      'commitments.json, record "ms-jp-2026", field amount.value: expected a positive number, got "abc"',
    );
  });

  it('names a record without an id by its position, counting from 1', () => {
    const json = broken('commitments', (records) => {
      delete records[2]!.id;
    });
    const error = dataError(() => parseDataFile('commitments', json));
    expect(error.recordId).toBe('#3');
    expect(error.field).toBe('id');
    expect(error.problem).toBe('expected an id of lowercase letters, digits and hyphens, got nothing');
  });

  it('names a record by its position when the entry is not even an object', () => {
    const json = broken('sources', (records) => {
      records.splice(1, 0, 'not a record' as unknown as RawRecord);
    });
    const error = dataError(() => parseDataFile('sources', json));
    expect(error.recordId).toBe('#2');
    expect(error.field).toBeUndefined();
    expect(error.problem).toBe('expected an object, got "not a record"');
  });

  it('names a record by its id even when the id itself is malformed', () => {
    const json = broken('commitments', (records) => {
      records[0]!.id = 'MS JP 2026';
    });
    const error = dataError(() => parseDataFile('commitments', json));
    expect(error.recordId).toBe('MS JP 2026');
    expect(error.field).toBe('id');
  });

  it('rejects an id used twice, naming the second record', () => {
    const json = broken('commitments', (records) => {
      records[4]!.id = records[1]!.id;
    });
    const error = dataError(() => parseDataFile('commitments', json));
    expect(error.file).toBe('commitments.json');
    expect(error.recordId).toBe('ms-jp-2014');
    expect(error.field).toBe('id');
    expect(error.problem).toBe('the id is used twice');
  });

  it('rejects duplicate ids in every file, not only commitments', () => {
    const json = broken('sources', (records) => {
      records.push({ ...records[0]! });
    });
    const error = dataError(() => parseDataFile('sources', json));
    expect(error.file).toBe('sources.json');
    expect(error.recordId).toBe('article');
    expect(error.problem).toBe('the id is used twice');
  });

  it.each([
    ['2026-04', 'day'],
    ['2026', 'month'],
    ['2026-04-03', 'year'],
    ['2026-04-03', 'month'],
  ])('rejects the date %s written with precision %s', (date, precision) => {
    const json = broken('commitments', (records) => {
      const announced = recordById(records, 'ms-jp-2026').announced as RawRecord;
      announced.date = date;
      announced.precision = precision;
    });
    const error = dataError(() => parseDataFile('commitments', json));
    expect(error.recordId).toBe('ms-jp-2026');
    expect(error.field).toBe('announced.date');
    expect(error.problem).toBe(`expected a date written to ${precision} precision, got "${date}"`);
  });

  it('checks the precision of an event date and of its public-record dates', () => {
    const badDate = broken('events', (records) => {
      (recordById(records, 'acd-law-2024').date as RawRecord).date = '2024-05';
    });
    const dateError = dataError(() => parseDataFile('events', badDate));
    expect([dateError.recordId, dateError.field]).toEqual(['acd-law-2024', 'date.date']);

    const badPublic = broken('events', (records) => {
      const dates = recordById(records, 'npa-attribution-2023').publicRecordDates as RawRecord[];
      dates[1]!.precision = 'month';
    });
    const publicError = dataError(() => parseDataFile('events', badPublic));
    expect([publicError.recordId, publicError.field]).toEqual([
      'npa-attribution-2023',
      'publicRecordDates[1].date',
    ]);
  });

  it('checks the precision of a source publication date', () => {
    const json = broken('sources', (records) => {
      recordById(records, 'executivegov-2023-09').published = { date: '2023-09', precision: 'year' };
    });
    const error = dataError(() => parseDataFile('sources', json));
    expect([error.recordId, error.field]).toEqual(['executivegov-2023-09', 'published.date']);
  });

  it.each(['2026-13', '2026-00-01', '2026-04-32', '26-04-03', '2026/04/03'])(
    'rejects the malformed date %s',
    (date) => {
      const json = broken('commitments', (records) => {
        (recordById(records, 'ms-jp-2026').announced as RawRecord).date = date;
      });
      const error = dataError(() => parseDataFile('commitments', json));
      expect(error.field).toBe('announced.date');
      expect(error.problem).toBe(`expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${date}"`);
    },
  );

  // The formatter throws on a day that does not exist, so the schema must not let one through.
  it('rejects a day that does not exist (2023-02-29)', () => {
    const json = broken('commitments', (records) => {
      (recordById(records, 'ms-jp-2026').announced as RawRecord).date = '2023-02-29';
    });
    const error = dataError(() => parseDataFile('commitments', json));
    expect(error.recordId).toBe('ms-jp-2026');
    expect(error.field).toBe('announced.date');
  });

  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['null', null],
    ['a bare list', []],
    ['the list under another key', { events: [] }],
    ['a list key that is not a list', { commitments: { 'ms-jp-2026': {} } }],
  ])('rejects a file whose list is missing: %s', (_, json) => {
    const error = dataError(() => parseDataFile('commitments', json));
    expect(error.file).toBe('commitments.json');
    expect(error.recordId).toBeUndefined();
    expect(error.field).toBeUndefined();
    expect(error.problem).toBe('expected an object with a list "commitments"');
    expect(error.message).toBe('commitments.json: expected an object with a list "commitments"');
  });

  it('accepts an empty list', () => {
    expect(parseDataFile('events', { events: [] })).toEqual([]);
  });

  it.each([
    'http://cnbc.com/2024/01/19/x.html',
    'ftp://cnbc.com/x',
    'cnbc.com/2024/01/19/x.html',
    'https://cnbc.com/a b',
    'https://',
    'javascript:alert(1)',
  ])('rejects the url %s', (url) => {
    const json = broken('sources', (records) => {
      recordById(records, 'cnbc-2024-01-19').url = url;
    });
    const error = dataError(() => parseDataFile('sources', json));
    expect(error.file).toBe('sources.json');
    expect(error.recordId).toBe('cnbc-2024-01-19');
    expect(error.field).toBe('url');
    expect(error.problem).toMatch(/^expected an https:\/\/ address, got /);
  });

  it('names the discriminator of a fact whose kind is unknown', () => {
    const json = broken('facts', (records) => {
      recordById(records, 'skills-target').kind = 'skills';
    });
    const error = dataError(() => parseDataFile('facts', json));
    expect(error.recordId).toBe('skills-target');
    expect(error.field).toBe('kind');
    expect(error.problem).toBe('expected one of "skills-target", "regions", got "skills"');
  });

  it('names a nested tagged field (period.kind) of a commitment', () => {
    const json = broken('commitments', (records) => {
      (recordById(records, 'ms-jp-2026').period as RawRecord).kind = 'forever';
    });
    const error = dataError(() => parseDataFile('commitments', json));
    expect(error.field).toBe('period.kind');
  });

  it('names the index of a bad entry in a list field', () => {
    const json = broken('commitments', (records) => {
      recordById(records, 'ms-jp-2026').sources = ['article', 'electwork-2026-04-03', 'Not An Id'];
    });
    const error = dataError(() => parseDataFile('commitments', json));
    expect(error.field).toBe('sources[2]');
    expect(error.problem).toBe('expected a source id, got "Not An Id"');
  });

  it('rejects a commitment without sources', () => {
    const json = broken('commitments', (records) => {
      recordById(records, 'ms-jp-2014').sources = [];
    });
    const error = dataError(() => parseDataFile('commitments', json));
    expect([error.recordId, error.field]).toEqual(['ms-jp-2014', 'sources']);
    expect(error.problem).toBe('expected a list of at least 1, got a list');
  });

  it('rejects an unknown currency and a negative amount', () => {
    const currency = broken('commitments', (records) => {
      (recordById(records, 'ms-id-2024').amount as RawRecord).currency = 'EUR';
    });
    expect(dataError(() => parseDataFile('commitments', currency)).field).toBe('amount.currency');
    const negative = broken('commitments', (records) => {
      (recordById(records, 'ms-id-2024').amount as RawRecord).value = -1.7e9;
    });
    expect(dataError(() => parseDataFile('commitments', negative)).problem).toBe(
      'expected a positive number, got -1700000000',
    );
  });

  it('rejects a missing translation', () => {
    const json = broken('verification', (records) => {
      (recordById(records, 'v-ms-sg').publicRecord as RawRecord).ja = '';
    });
    const error = dataError(() => parseDataFile('verification', json));
    expect([error.file, error.recordId, error.field]).toEqual([
      'verification.json',
      'v-ms-sg',
      'publicRecord.ja',
    ]);
  });

  it('quotes a received text that itself contains the word "got" in full', () => {
    const json = broken('commitments', (records) => {
      recordById(records, 'ms-jp-2026').country = 'got it';
    });
    const error = dataError(() => parseDataFile('commitments', json));
    expect(error.field).toBe('country');
    expect(error.problem).toBe(
      'expected one of "JP", "KR", "TW", "AU", "NZ", "IN", "SG", "MY", "ID", "TH", "VN", "PH", got "got it"',
    );
  });

  it('lets errors that are not schema errors through unchanged', () => {
    const json = {
      commitments: [
        new Proxy(
          {},
          {
            get() {
              throw new TypeError('boom');
            },
          },
        ),
      ],
    };
    expect(() => parseDataFile('commitments', json)).toThrow(TypeError);
  });
});

describe('checkReferences', () => {
  it('passes the shipped dataset', () => {
    expect(() => checkReferences(loadDataFiles())).not.toThrow();
  });

  it('names the record and the index of a source that does not exist', () => {
    const error = referenceError((data) => {
      const msJp = data.commitments.find((c) => c.id === 'ms-jp-2026')!;
      msJp.sources = ['article', 'no-such-source'];
    });
    expect(error.file).toBe('commitments.json');
    expect(error.recordId).toBe('ms-jp-2026');
    expect(error.field).toBe('sources[1]');
    expect(error.problem).toBe('"no-such-source" is not in sources.json');
  });

  it('names an unknown verification id', () => {
    const error = referenceError((data) => {
      data.commitments.find((c) => c.id === 'ms-sg-article')!.verification = 'v-nope';
    });
    expect([error.file, error.recordId, error.field]).toEqual([
      'commitments.json',
      'ms-sg-article',
      'verification',
    ]);
    expect(error.problem).toBe('"v-nope" is not in verification.json');
  });

  it('checks the source of an announcement date and of a stated conversion', () => {
    const announced = referenceError((data) => {
      data.commitments.find((c) => c.id === 'ms-au-2023')!.announced!.source = 'gone';
    });
    expect(announced.field).toBe('announced.source');

    const error = referenceError((data) => {
      data.commitments.find((c) => c.id === 'ms-jp-2024')!.statedConversion!.source = 'gone';
    });
    expect([error.recordId, error.field]).toEqual(['ms-jp-2024', 'statedConversion.source']);
  });

  it('checks events: their sources, verification, date source and public-record date sources', () => {
    const verification = referenceError((data) => {
      data.events.find((e) => e.id === 'acd-law-2024')!.verification = 'v-gone';
    });
    expect(verification.message).toBe(
      'events.json, record "acd-law-2024", field verification: "v-gone" is not in verification.json',
    );

    const dateSource = referenceError((data) => {
      data.events.find((e) => e.id === 'jcic-2023')!.date.source = 'gone';
    });
    expect(dateSource.field).toBe('date.source');

    const error = referenceError((data) => {
      data.events.find((e) => e.id === 'npa-attribution-2023')!.publicRecordDates![1]!.source = 'gone';
    });
    expect([error.file, error.recordId, error.field]).toEqual([
      'events.json',
      'npa-attribution-2023',
      'publicRecordDates[1].source',
    ]);
  });

  it('checks facts, rates and the sources of verification records', () => {
    const fact = referenceError((data) => {
      data.facts.find((f) => f.id === 'azure-regions')!.sources[1] = 'gone';
    });
    expect(fact.field).toBe('sources[1]');

    const rateError = referenceError((data) => {
      data.rates.find((r) => r.id === 'jpy-2014')!.source = 'gone';
    });
    expect([rateError.file, rateError.recordId, rateError.field]).toEqual([
      'rates.json',
      'jpy-2014',
      'source',
    ]);

    const vError = referenceError((data) => {
      data.verification.find((v) => v.id === 'v-google-jp')!.sources = ['nasdaq-2022-10-07', 'gone'];
    });
    expect([vError.file, vError.recordId, vError.field]).toEqual([
      'verification.json',
      'v-google-jp',
      'sources[1]',
    ]);
  });

  it('does not accept a verification id as a source id, or the reverse', () => {
    const sourceError = referenceError((data) => {
      data.commitments.find((c) => c.id === 'ms-jp-2014')!.sources = ['v-ms-jp-2014'];
    });
    expect(sourceError.problem).toBe('"v-ms-jp-2014" is not in sources.json');

    const reverse = referenceError((data) => {
      data.commitments.find((c) => c.id === 'ms-jp-2014')!.verification = 'article';
    });
    expect(reverse.problem).toBe('"article" is not in verification.json');
  });
});

describe('dataset invariants that protect the facts', () => {
  const data = landscape;
  const statusOf = (verificationId: string | undefined) =>
    data.verification.find((v) => v.id === verificationId)?.status;
  const commitment = (id: string) => data.commitments.find((c) => c.id === id);

  it('every commitment has at least one source', () => {
    for (const c of data.commitments) expect(c.sources.length, c.id).toBeGreaterThanOrEqual(1);
  });

  it('every record taken from the article cites the article', () => {
    const fromArticle = [...data.commitments, ...data.events, ...data.facts].filter(
      (r) => r.provenance === 'article',
    );
    expect(fromArticle.length).toBeGreaterThan(0);
    for (const record of fromArticle) expect(record.sources, record.id).toContain('article');
  });

  it('the article source exists and is of kind "article"', () => {
    expect(data.sources.find((s) => s.id === 'article')?.kind).toBe('article');
  });

  it.each([
    ['ms-sg-article', 'differs'],
    ['google-jp-article', 'differs'],
    ['ms-jp-2014', 'not-found'],
    ['ms-jp-2026', 'agrees'],
    ['aws-jp-article', 'agrees-in-substance'],
  ])('commitment %s is verified as %s', (id, status) => {
    expect(commitment(id)).toBeDefined();
    expect(statusOf(commitment(id)?.verification)).toBe(status);
  });

  it('the skills target is verified as differs', () => {
    const skills = data.facts.find((f) => f.kind === 'skills-target');
    expect(skills).toBeDefined();
    expect(statusOf(skills?.verification)).toBe('differs');
  });

  it('the Active Cyber Defense law event is verified as differs', () => {
    const acd = data.events.find((e) => e.id === 'acd-law-2024');
    expect(acd).toBeDefined();
    expect(statusOf(acd?.verification)).toBe('differs');
  });

  it('the article-implied yen rate is ¥160/$, the one ¥1.6 trillion ≈ $10 billion gives', () => {
    const article = data.rates.filter((r) => r.currency === 'JPY' && r.basis === 'article-implied');
    expect(article).toHaveLength(1);
    expect(article[0]!.unitsPerUsd).toBe(160);
    const msJp = commitment('ms-jp-2026')!;
    expect(msJp.statedConversion).toMatchObject({ value: 10e9, currency: 'USD', source: 'article' });
    expect(msJp.amount.value / article[0]!.unitsPerUsd).toBe(msJp.statedConversion!.value);
  });

  it.each([
    [2014, 105.74],
    [2022, 131.4589],
    [2023, 140.5001],
  ])('the %d yen average is %d', (year, value) => {
    const averages = data.rates.filter(
      (r) => r.currency === 'JPY' && r.basis === 'year-average' && r.year === year,
    );
    expect(averages).toHaveLength(1);
    expect(averages[0]!.unitsPerUsd).toBe(value);
  });

  it('the ¥29 billion 2014 figure and the ¥1.6 trillion 2026 figure are as the article gives them', () => {
    expect(commitment('ms-jp-2014')?.amount).toEqual({ value: 29e9, currency: 'JPY' });
    expect(commitment('ms-jp-2026')?.amount).toEqual({ value: 1.6e12, currency: 'JPY' });
  });
});
