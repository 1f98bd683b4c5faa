import { describe, expect, it } from 'vitest';
import { landscape } from '../../../../tests/fixtures/landscape';
import { CSV_BOM, parseCsv } from '../../../lib/csv';
import {
  IMPORT_COLUMNS,
  MAX_ROWS,
  decodeText,
  importCsv,
  importFile,
  importJson,
  recordsToCsv,
  recordsToJson,
  templateCsv,
  templateJson,
} from './user-records';
import { findDuplicates, resolveDuplicates } from './duplicates';
import { toLandscapeParts, withUserRecords } from './merge-user-records';

const meta = { file: 'mine.csv', importedAt: '2026-05-01T00:00:00.000Z' };
// A file without the optional investor_ja column, as most files are.
const header = IMPORT_COLUMNS.filter((c) => c !== 'investor_ja').join(',');
const good =
  'microsoft,JP,1600000000000,JPY,,2026,2029,2026-04-03,infrastructure;cybersecurity,Example News,https://example.com/a,,My note';
const encode = (text: string) => new TextEncoder().encode(text);

describe('importCsv', () => {
  it('imports a valid row as a record of the user', () => {
    const result = importCsv(`${header}\n${good}\n`, meta);
    expect(result.errors).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({
      investor: 'microsoft',
      country: 'JP',
      amount: { value: 1.6e12, currency: 'JPY' },
      period: { kind: 'range', start: 2026, end: 2029 },
      announced: { date: '2026-04-03', precision: 'day' },
      focus: ['infrastructure', 'cybersecurity'],
      source: { name: 'Example News', url: 'https://example.com/a' },
      note: 'My note',
      file: 'mine.csv',
    });
    expect(result.records[0]!.id).toMatch(/^mine-[a-z0-9-]+$/);
  });

  it('accepts names, case, full-width digits and thousands separators', () => {
    const row = 'Amazon,jp,"２,300,000,000,000",jpy,,,2027,2024-01,,Reuters,,Reported by Reuters,';
    const result = importCsv(`${header}\n${row}\n`, meta);
    expect(result.errors).toEqual([]);
    expect(result.records[0]).toMatchObject({
      // The name is kept as written; it is matched to the dataset's investors when the records join the data.
      investor: 'Amazon',
      country: 'JP',
      amount: { value: 2.3e12, currency: 'JPY' },
      period: { kind: 'until', end: 2027 },
      announced: { date: '2024-01', precision: 'month' },
      focus: [],
    });
  });

  it('names the line and the field of every problem, and keeps the valid rows', () => {
    const rows = [
      good, // line 2
      `${'i'.repeat(201)},JP,100,JPY,,2026,2029,,,X,https://x.example,,`, // line 3: investor name too long
      'google,XX,-5,EUR,,2026,2029,,,X,https://x.example,,', // line 4: country, amount, currency
      'google,JP,100,JPY,,2029,2026,,,X,,,', // line 5: period order, no url or note
      'google,JP,100,JPY,,,,,,X,javascript:alert(1),,', // line 6: no period or date, bad url
      'google,JP,100,JPY,,,,2026-02-30,nonsense,,,note,', // line 7: date, focus, source_name
    ];
    const result = importCsv(`${header}\n${rows.join('\n')}\n`, meta);
    expect(result.records).toHaveLength(1);
    const problems = result.errors.map((e) => [e.line, e.field, e.problem]);
    expect(problems).toEqual([
      [3, 'investor', 'investor'],
      [4, 'country', 'country'],
      [4, 'amount', 'amount'],
      [4, 'currency', 'currency'],
      [5, 'period_end', 'period-order'],
      [5, 'source_url', 'source-detail'],
      [6, 'period_start', 'period-or-date'],
      [6, 'source_url', 'url'],
      [7, 'announced', 'date'],
      [7, 'focus', 'focus'],
      [7, 'source_name', 'required'],
    ]);
    expect(result.errors.find((e) => e.field === 'currency')?.value).toBe('EUR');
  });

  it('reports bad quoting and a wrong number of cells with their lines', () => {
    const text = `${header}\n${good}\n"microsoft"x,JP,1,JPY,,2026,2029,,,X,,n,\nmicrosoft,JP\n${good}\n"unclosed,JP\n`;
    const result = importCsv(text, meta);
    expect(result.records).toHaveLength(2);
    expect(result.errors.map((e) => [e.line, e.problem])).toEqual([
      [3, 'csv-text-after-quote'],
      [4, 'csv-cell-count'],
      [6, 'csv-unclosed-quote'],
    ]);
  });

  it('refuses a file without the required columns, naming them', () => {
    const result = importCsv('investor,amount\nmicrosoft,5\n', meta);
    expect(result.records).toEqual([]);
    expect(result.fileProblem).toEqual({
      problem: 'missing-columns',
      detail: 'country, currency, source_name',
    });
  });

  it('refuses an empty file and one with only a byte-order mark', () => {
    expect(importCsv('', meta).fileProblem?.problem).toBe('empty');
    expect(importCsv(`${CSV_BOM}\r\n`, meta).fileProblem?.problem).toBe('empty');
  });

  it('keeps hostile text as text: it is data, never markup or a formula', () => {
    const hostile = `microsoft,JP,1,JPY,,2026,2029,,,"<img src=x onerror=alert(1)>",,"=HYPERLINK(""http://evil"",""x"")",`;
    const result = importCsv(`${header}\n${hostile}\n`, meta);
    expect(result.errors).toEqual([]);
    expect(result.records[0]!.source).toEqual({
      name: '<img src=x onerror=alert(1)>',
      note: '=HYPERLINK("http://evil","x")',
    });
    const csv = recordsToCsv(result.records);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
  });

  it('refuses more rows than the limit', () => {
    const text = `${header}\n${Array.from({ length: MAX_ROWS + 1 }, () => good).join('\n')}`;
    expect(importCsv(text, meta).fileProblem).toEqual({
      problem: 'too-many-rows',
      detail: String(MAX_ROWS + 1),
    });
  });

  it('imports 10,000 rows', () => {
    const text = `${header}\n${Array.from({ length: 10_000 }, () => good).join('\n')}`;
    const result = importCsv(text, meta);
    expect(result.records).toHaveLength(10_000);
    expect(new Set(result.records.map((r) => r.id)).size).toBe(10_000);
  });
});

describe('importJson', () => {
  const record = {
    investor: 'google',
    country: 'TH',
    amount: 1000000000,
    currency: 'USD',
    announced: '2024-09-30',
    source_name: 'Business Recorder',
    source_url: 'https://example.com/b',
  };

  it('imports a list, or an object with a list "records"', () => {
    expect(importJson(JSON.stringify([record]), meta).records).toHaveLength(1);
    expect(importJson(JSON.stringify({ records: [record, record] }), meta).records).toHaveLength(2);
  });

  it('names the record and the field of wrong types', () => {
    const result = importJson(
      JSON.stringify([
        record,
        { ...record, amount: 'lots', country: 5 },
        { ...record, investor: { x: 1 } },
        7,
      ]),
      meta,
    );
    expect(result.unit).toBe('record');
    expect(result.records).toHaveLength(1);
    expect(result.errors.map((e) => [e.line, e.field, e.problem])).toEqual([
      [2, 'country', 'country'],
      [2, 'amount', 'amount'],
      [3, 'investor', 'type'],
      [4, undefined, 'type'],
    ]);
  });

  it('refuses invalid JSON, the wrong shape and an empty list', () => {
    expect(importJson('[{"investor": ', meta).fileProblem?.problem).toBe('json-syntax');
    expect(importJson('{"investor": "aws"}', meta).fileProblem?.problem).toBe('json-shape');
    expect(importJson('[]', meta).fileProblem?.problem).toBe('empty');
    expect(importJson('  ', meta).fileProblem?.problem).toBe('empty');
  });

  it('reads back what the export writes', () => {
    const first = importCsv(`${header}\n${good}\n`, meta).records;
    const again = importJson(recordsToJson(first), meta).records;
    expect(again.map(({ id: _id, ...r }) => r)).toEqual(first.map(({ id: _id, ...r }) => r));
  });
});

describe('importFile', () => {
  it('refuses binary garbage and an empty file', () => {
    const garbage = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x00, 0x12]);
    expect(importFile('book.xlsx', garbage, meta.importedAt).fileProblem?.problem).toBe('not-text');
    expect(importFile('data.csv', new Uint8Array(), meta.importedAt).fileProblem?.problem).toBe('empty');
  });

  it('picks the parser by extension, else by the first character', () => {
    expect(importFile('a.json', encode('[]'), meta.importedAt).unit).toBe('record');
    expect(importFile('a', encode(' [1]'), meta.importedAt).unit).toBe('record');
    expect(importFile('a', encode(`${header}\n${good}`), meta.importedAt).records).toHaveLength(1);
  });
});

describe('decodeText', () => {
  it('accepts UTF-8 with tabs and line ends, refuses control characters', () => {
    expect(decodeText(encode('a\tb\r\n日本'))).toEqual({ text: 'a\tb\r\n日本', encoding: 'utf-8' });
    expect(decodeText(encode('a\u0000b'))).toBeUndefined();
  });

  it('reads Shift_JIS, as Japanese Excel saves a plain "CSV", instead of refusing it as binary', () => {
    // 「さくらインターネット,日本」 in Shift_JIS: not valid UTF-8.
    const sjis = new Uint8Array([
      0x82, 0xb3, 0x82, 0xad, 0x82, 0xe7, 0x83, 0x43, 0x83, 0x93, 0x83, 0x5e, 0x81, 0x5b, 0x83, 0x6c, 0x83,
      0x62, 0x83, 0x67, 0x2c, 0x93, 0xfa, 0x96, 0x7b,
    ]);
    expect(decodeText(sjis)).toEqual({ text: 'さくらインターネット,日本', encoding: 'shift_jis' });
  });
});

describe('any investor, any economy of the region', () => {
  const countries = new Map([
    ['vietnam', 'VN' as const],
    ['ベトナム', 'VN' as const],
    ['日本', 'JP' as const],
  ]);
  const rows = [
    'Sakura Internet,さくらインターネット,日本,100000000000,JPY,,,,2024-10,,Bloomberg,,interview,',
    'FPT,,ベトナム,200000000,USD,,,,2024-04,,Reuters,https://example.com/fpt,,',
    'PLDT,,PH,1,USD,,,2026,,,Company,,release,',
  ];
  const result = importCsv(`${IMPORT_COLUMNS.join(',')}\n${rows.join('\n')}\n`, meta, countries);

  it('takes a company the dataset does not have, and an economy by code or by name in either language', () => {
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => [r.investor, r.investorJa, r.country])).toEqual([
      ['Sakura Internet', 'さくらインターネット', 'JP'],
      ['FPT', undefined, 'VN'],
      ['PLDT', undefined, 'PH'],
    ]);
  });

  it('joins them as investors of their own, each with a neutral colour, and a known name to its investor', () => {
    const known = importCsv(`${header}\n${good.replace('microsoft', 'マイクロソフト')}\n`, meta).records;
    const data = withUserRecords(landscape, [...result.records, ...known]);
    // PLDT is not in the dataset: an investor of its own. FPT and Sakura Internet are, and their records join them.
    const pldt = data.investors.find((i) => i.name.en === 'PLDT')!;
    expect(pldt).toMatchObject({ id: 'user-pldt', name: { ja: 'PLDT' }, kind: 'other' });
    expect(pldt.colour).toMatch(/^neutral-/);
    expect(data.commitments.find((c) => c.provenance === 'mine' && c.country === 'PH')!.investor).toBe(
      'user-pldt',
    );
    expect(data.commitments.find((c) => c.provenance === 'mine' && c.country === 'VN')!.investor).toBe('fpt');
    const sakura = data.commitments.find((c) => c.provenance === 'mine' && c.country === 'JP')!;
    expect(data.investors.find((i) => i.id === sakura.investor)?.name.ja).toBe('さくらインターネット');
    expect(data.commitments.at(-1)!.investor).toBe('microsoft');
    expect(data.investors.filter((i) => i.id === 'microsoft')).toHaveLength(1);
  });
});

describe('duplicates', () => {
  const template = importCsv(templateCsv(), meta).records;

  it('the template row is a bundled record: importing it is a duplicate, not a second copy', () => {
    const found = findDuplicates(template, landscape.commitments, [], landscape.investors);
    expect(found).toHaveLength(1);
    expect(found[0]!.of).toMatchObject({ kind: 'bundled', commitment: { id: 'ms-jp-2024' } });
  });

  it('the same file imported twice: every record repeats an earlier import, and a repeat within the file counts', () => {
    const first = importCsv(`${header}\n${good}\n`, meta).records;
    const again = importCsv(`${header}\n${good}\n${good}\n`, meta).records;
    const found = findDuplicates(again, [], first, landscape.investors);
    expect(found.map((d) => d.of.kind)).toEqual(['imported', 'imported']);
    // Against nothing imported yet, the second row repeats the first.
    expect(findDuplicates(again, [], [], landscape.investors).map((d) => d.of.kind)).toEqual(['file']);
  });

  it('the user chooses: skip, replace the earlier import, or keep both', () => {
    const first = importCsv(`${header}\n${good}\n`, meta).records;
    const again = importCsv(`${header}\n${good}\n`, meta).records;
    const found = findDuplicates(again, [], first, landscape.investors);
    expect(resolveDuplicates(again, first, found, 'skip')).toEqual({ keep: first, add: [] });
    expect(resolveDuplicates(again, first, found, 'replace')).toEqual({ keep: [], add: again });
    expect(resolveDuplicates(again, first, found, 'keep-both')).toEqual({ keep: first, add: again });
    // A bundled record cannot be replaced: its duplicate is left out.
    const bundled = findDuplicates(template, landscape.commitments, [], landscape.investors);
    expect(resolveDuplicates(template, [], bundled, 'replace')).toEqual({ keep: [], add: [] });
  });

  it('a different amount or date is not a duplicate', () => {
    const other = importCsv(`${header}\n${good.replace('2026-04-03', '2025-04-03')}\n`, meta).records;
    const first = importCsv(`${header}\n${good}\n`, meta).records;
    expect(findDuplicates(other, [], first, landscape.investors)).toEqual([]);
  });
});

describe('templates', () => {
  it('are valid imports of one record each', () => {
    expect(importCsv(templateCsv(), meta)).toMatchObject({ errors: [], records: [expect.anything()] });
    expect(importJson(templateJson(), meta)).toMatchObject({ errors: [], records: [expect.anything()] });
  });

  it('have the documented columns in order', () => {
    expect(parseCsv(templateCsv()).records[0]!.cells).toEqual([...IMPORT_COLUMNS]);
  });
});

describe('withUserRecords', () => {
  const records = importCsv(`${header}\n${good}\n`, meta).records;

  it('joins the records as provenance "mine", each with its own source', () => {
    const data = withUserRecords(landscape, records);
    expect(data.commitments).toHaveLength(landscape.commitments.length + 1);
    const mine = data.commitments.at(-1)!;
    expect(mine.provenance).toBe('mine');
    expect(data.sources.find((s) => s.id === mine.sources[0])).toMatchObject({ publisher: 'Example News' });
    expect(mine.announced?.source).toBe(mine.sources[0]);
  });

  it('returns the same data when there are none', () => {
    expect(withUserRecords(landscape, [])).toBe(landscape);
  });

  it('never lets bundled data carry provenance "mine"', () => {
    expect(landscape.commitments.some((c) => c.provenance === 'mine')).toBe(false);
    expect(toLandscapeParts(records).commitments.every((c) => c.provenance === 'mine')).toBe(true);
  });
});

describe('the bundled schema', () => {
  it('refuses provenance "mine" in a data file', async () => {
    const { parseDataFile } = await import('../../../lib/schema');
    const { realFileJson } = await import('../../../../tests/fixtures/landscape');
    const json = realFileJson('commitments');
    (json.commitments![0] as { provenance: string }).provenance = 'mine';
    expect(() => parseDataFile('commitments', json)).toThrow(/field provenance/);
  });
});

describe('currencies the dashboard can convert', () => {
  it('refuses an amount in a currency the data has no rate for, naming the field', () => {
    const row = 'PLDT,PH,1000000,PHP,,2026,2028,,,Company,,release,';
    const result = importCsv(`${header}\n${row}\n`, meta, new Map(), ['JPY', 'USD']);
    expect(result.records).toEqual([]);
    expect(result.errors.map((e) => [e.field, e.problem, e.value])).toEqual([
      ['currency', 'currency', 'PHP'],
    ]);
  });
});
