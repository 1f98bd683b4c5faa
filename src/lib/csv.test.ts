import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, parseCsv, toCsv } from './csv';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['マイクロソフト', 'マイクロソフト'],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tX', "'\tX"],
  ])('makes the formula-like %j inert', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves numbers, and number-like text, as numbers', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('+1.5')).toBe('+1.5');
    expect(csvCell(1600000000000)).toBe('1600000000000');
  });

  it('writes nothing for a missing value', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('joins cells with commas and rows with CRLF, ending with one', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', 'x,y'],
      ]),
    ).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('adds no byte-order mark itself', () => {
    expect(toCsv([['a']]).startsWith(CSV_BOM)).toBe(false);
  });
});

describe('parseCsv', () => {
  it('round-trips what toCsv writes, hostile text included', () => {
    const rows = [
      ['id', 'text'],
      ['1', 'a,"b"\nc'],
      ['2', '<img src=x onerror=alert(1)>'],
      ['3', '日本語'],
    ];
    expect(parseCsv(CSV_BOM + toCsv(rows)).records.map((r) => r.cells)).toEqual(rows);
  });

  it('numbers records by the line they start on', () => {
    const { records, errors } = parseCsv('a,b\n"x\ny",z\n\nlast,1');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\ny', 'z'] },
      { line: 5, cells: ['last', '1'] },
    ]);
  });

  it('reads LF and CRLF alike and keeps empty cells', () => {
    expect(parseCsv('a,,c\r\n,,\n').records.map((r) => r.cells)).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('reports an unclosed quote with its line and keeps what came before', () => {
    const { records, errors } = parseCsv('a,b\n1,"open\n2,3');
    expect(records).toEqual([{ line: 1, cells: ['a', 'b'] }]);
    expect(errors).toEqual([{ line: 2, problem: 'unclosed-quote' }]);
  });

  it('reports text after a closing quote', () => {
    expect(parseCsv('"a"b,c').errors).toEqual([{ line: 1, problem: 'text-after-quote' }]);
  });

  it('gives nothing for an empty file', () => {
    expect(parseCsv('')).toEqual({ records: [], errors: [] });
    expect(parseCsv(CSV_BOM)).toEqual({ records: [], errors: [] });
  });
});
