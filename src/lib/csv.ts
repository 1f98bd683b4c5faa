// CSV in and out: RFC 4180 quoting, CRLF rows, and cells that a spreadsheet would run as a formula made inert.

/** A UTF-8 byte-order mark: without it, Excel in Japan opens a UTF-8 CSV as Shift_JIS and garbles it. */
export const CSV_BOM = '\uFEFF';

/** First characters that make Excel, Numbers, LibreOffice or Sheets read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes one cell safe and quoted as needed. A cell that a spreadsheet would read as a formula gets a leading
 * apostrophe, except a plain number such as `-5` or `+1.5`, which stays a number.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value !== 'number' && FORMULA_START.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text))
    text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text (CRLF line ends, no byte-order mark: add `CSV_BOM` where the text becomes a file). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface CsvParseError {
  /** 1-based line of the file where the problem was found. */
  line: number;
  problem: 'unclosed-quote' | 'text-after-quote';
}

export interface ParsedCsv {
  /** Each record with the 1-based line it starts on (a quoted cell may span lines). */
  records: { line: number; cells: string[] }[];
  errors: CsvParseError[];
}

/**
 * Parses CSV text (RFC 4180: `,` separators, `"` quoting with `""`, CRLF or LF). A leading byte-order mark is
 * dropped; fully empty lines are skipped. Never throws: malformed quoting is reported with its line.
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith(CSV_BOM) ? input.slice(1) : input;
  const records: ParsedCsv['records'] = [];
  const errors: CsvParseError[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let endOfRecord = false;
    while (!endOfRecord) {
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        let closed = false;
        while (i < text.length) {
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (ch === '\n') line++;
          cell += ch;
          i++;
        }
        if (!closed) {
          errors.push({ line: quoteLine, problem: 'unclosed-quote' });
          cells.push(cell);
          return { records, errors };
        }
        if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          errors.push({ line, problem: 'text-after-quote' });
          while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r')
            cell += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
      }
      cells.push(cell);
      cell = '';
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      endOfRecord = true;
    }
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: startLine, cells });
  }
  return { records, errors };
}
