import { describe, expect, it } from 'vitest';
import { investorName } from './investors';
import { landscape as data, loadLandscape } from '../../tests/fixtures/landscape';
import jaCommon from '../../locales/ja/common.json';
import { initI18n } from '../i18n/i18n';
import { resources } from '../i18n/resources';
import { commitmentRows } from './commitment-rows';
import { parseCsv, toCsv } from './csv';
import type { CommitmentColumn, CsvWords, MapColumn, PerYearColumn, TimelineColumn } from './export-rows';
import {
  COMMITMENT_COLUMNS,
  MAP_COLUMNS,
  PERYEAR_COLUMNS,
  TIMELINE_COLUMNS,
  commitmentCsvRows,
  headlineCsvRows,
  mapCsvRows,
  perYearCsvRows,
  sourceLineText,
  timelineCsvRows,
} from './export-rows';
import { amountPerYear, periodYears } from './per-year';
import { sourcesById } from './describe';
import type { DisplaySettings } from './settings';

const { t } = initI18n('en', resources);
const ja = initI18n('ja', resources).t;

function words<C extends string>(columns: readonly C[]): CsvWords<C> {
  return {
    header: Object.fromEntries(columns.map((c) => [c, `H:${c}`])) as Record<C, string>,
    qualifier: { atLeast: 'at least', moreThan: 'more than' },
    kind: { commitment: 'Commitment', event: 'Event' },
  };
}

const usd: DisplaySettings = { lang: 'en', currency: 'USD', rate: { kind: 'article' } };
const japan = data.commitments.filter((c) => c.country === 'JP');

describe('commitmentCsvRows', () => {
  const rows = commitmentRows(japan, data, usd, t);
  const csv = commitmentCsvRows(rows, data, 'en', t, words<CommitmentColumn>(COMMITMENT_COLUMNS));

  it('starts with the header, then one row per record in the chart order', () => {
    expect(csv[0]).toEqual(COMMITMENT_COLUMNS.map((c) => `H:${c}`));
    expect(csv).toHaveLength(rows.length + 1);
    expect(csv.slice(1).map((r) => r[0])).toEqual(
      rows.map((r) => investorName(data.investors, r.commitment.investor, 'en')),
    );
  });

  it('gives amounts as plain whole numbers beside their currency, converted and as announced', () => {
    const microsoft = csv.find((r) => r[0] === 'Microsoft' && r[5] === 1_600_000_000_000)!;
    expect(microsoft.slice(2, 4)).toEqual([10_000_000_000, 'USD']);
    expect(microsoft[4]).toContain('¥160/$');
    expect(microsoft.slice(5, 7)).toEqual([1_600_000_000_000, 'JPY']);
    for (const row of csv.slice(1)) expect(Number.isInteger(row[2])).toBe(true);
  });

  it('keeps what the source says of an amount ("more than")', () => {
    const oracle = csv.find((r) => r[0] === 'Oracle')!;
    expect(oracle[7]).toBe('more than');
  });

  it('names the sources and the public record check in the language asked for', () => {
    const jaRows = commitmentRows(japan, data, { ...usd, lang: 'ja' }, ja);
    const jaCsv = commitmentCsvRows(jaRows, data, 'ja', ja, words<CommitmentColumn>(COMMITMENT_COLUMNS));
    const article = jaCsv.find((r) => String(r[12]).startsWith('記事「'));
    expect(article).toBeDefined();
    const statuses = Object.values(jaCommon.status);
    const checked = jaCsv.slice(1).filter((r) => r[11] !== '');
    expect(checked.length).toBeGreaterThan(0);
    for (const row of checked) expect(statuses.some((s) => String(row[11]).startsWith(`${s}: `))).toBe(true);
  });

  it('becomes CSV in which a formula-like source is inert', () => {
    const hostile = loadLandscape();
    for (const s of hostile.sources) if (s.kind !== 'article') s.publisher = '=HYPERLINK("http://x")';
    const article = hostile.sources.find((s) => s.kind === 'article')!.id;
    const picked = hostile.commitments.filter((c) => c.sources[0] !== article);
    const text = toCsv(
      commitmentCsvRows(commitmentRows(picked, hostile, usd, t), hostile, 'en', t, words(COMMITMENT_COLUMNS)),
    );
    const parsed = parseCsv(text);
    expect(parsed.errors).toEqual([]);
    const sources = parsed.records.slice(1).map((r) => r.cells[12]);
    expect(sources.length).toBeGreaterThan(0);
    for (const cell of sources) expect(cell?.startsWith("'=")).toBe(true);
  });
});

describe('timelineCsvRows', () => {
  it('lists the commitments with their periods, then each event with its marker number and date', () => {
    const rows = commitmentRows(japan, data, usd, t);
    const csv = timelineCsvRows(rows, data.events, data, 'en', t, words<TimelineColumn>(TIMELINE_COLUMNS));
    expect(csv[0]).toEqual(TIMELINE_COLUMNS.map((c) => `H:${c}`));
    expect(csv).toHaveLength(1 + rows.length + data.events.length);
    const events = csv.filter((r) => r[0] === 'Event');
    expect(events.map((r) => r[1])).toEqual(data.events.map((_, i) => i + 1));
    expect(events.every((r) => r[4] === '' && r[5] === '')).toBe(true);
    const commitments = csv.filter((r) => r[0] === 'Commitment');
    expect(commitments.every((r) => r[5] === 'USD')).toBe(true);
  });
});

describe('sourceLineText', () => {
  it('reads as the source line on screen', () => {
    const text = sourceLineText(sourcesById(data, ['article']), 'en', t);
    expect(text).toMatch(/^Sources: The article: “/);
    expect(sourceLineText([], 'ja', ja)).toBe('出典：記録なし');
  });
});

describe('headlineCsvRows', () => {
  it('writes each figure with its number and unit, a ratio to two decimals, and a blank for text', () => {
    const header = { item: 'Item', value: 'Value', unit: 'Unit', shown: 'As shown', sources: 'Sources' };
    const article = sourcesById(data, ['article']);
    const rows = headlineCsvRows(
      [
        { item: 'Commitment', value: 1.6e12, unit: 'JPY', shown: '¥1.6 trillion', sources: article },
        { item: 'Growth', value: 55.172413, unit: 'times', shown: '×55', sources: article },
        { item: 'Regions', value: '', unit: '', shown: 'Tokyo and Osaka', sources: [] },
      ],
      'en',
      t,
      header,
    );
    expect(rows[0]).toEqual(['Item', 'Value', 'Unit', 'As shown', 'Sources']);
    expect(rows[1]!.slice(0, 4)).toEqual(['Commitment', 1_600_000_000_000, 'JPY', '¥1.6 trillion']);
    expect(rows[2]![1]).toBe(55.17);
    expect(rows[3]!.slice(1, 3)).toEqual(['', '']);
    expect(String(rows[1]![4])).toMatch(/^The article: “/);
  });
});

describe('mapCsvRows', () => {
  const rows = commitmentRows(data.commitments, data, usd, t);
  const byCountry = new Map<string, typeof rows>();
  for (const row of rows)
    byCountry.set(row.commitment.country, [...(byCountry.get(row.commitment.country) ?? []), row]);
  const totals = [...byCountry.entries()]
    .map(([country, list]) => ({
      country: country as (typeof rows)[number]['commitment']['country'],
      total: list.reduce((sum, r) => sum + r.shown.value, 0),
      rate: 'R',
      rows: list,
    }))
    .sort((a, b) => b.total - a.total);
  const csv = mapCsvRows(totals, 'USD', data, 'en', t, {
    ...words<MapColumn>(MAP_COLUMNS),
    totalKind: 'Total',
  });

  it('gives each country a total row with its count, followed by its commitments', () => {
    expect(csv[0]).toEqual(MAP_COLUMNS.map((c) => `H:${c}`));
    expect(csv).toHaveLength(1 + totals.length + rows.length);
    const japan = csv.findIndex((r) => r[0] === 'Total' && r[1] === 'Japan');
    const jp = totals.find((e) => e.country === 'JP')!;
    expect(csv[japan]!.slice(3, 7)).toEqual([Math.round(jp.total), 'USD', jp.rows.length, 'R']);
    const following = csv.slice(japan + 1, japan + 1 + jp.rows.length);
    for (const row of following) expect(row.slice(0, 2)).toEqual(['Commitment', 'Japan']);
    // The commitments add up to the total (each rounded to whole units).
    const sum = following.reduce((s, r) => s + Number(r[3]), 0);
    expect(Math.abs(sum - Number(csv[japan]![3]))).toBeLessThanOrEqual(jp.rows.length);
  });

  it('keeps the amount as announced and its sources on each commitment row', () => {
    const microsoft = csv.find((r) => r[2] === 'Microsoft' && r[7] === 1_600_000_000_000)!;
    expect(microsoft.slice(3, 5)).toEqual([10_000_000_000, 'USD']);
    expect(microsoft[8]).toBe('JPY');
    expect(String(microsoft[14]).length).toBeGreaterThan(0);
  });
});

describe('perYearCsvRows', () => {
  const rows = commitmentRows(japan, data, { ...usd, lang: 'ja' }, ja);
  const items = rows.map((row) => {
    const years = periodYears(row.commitment);
    const perYear = amountPerYear(row.shown.value, years);
    return years.kind === 'unknown' || perYear === undefined
      ? { row, basis: '不明' }
      : { row, years: years.years, perYear, basis: `${years.years}年` };
  });
  const csv = perYearCsvRows(items, data, 'ja', ja, words<PerYearColumn>(PERYEAR_COLUMNS));

  it('gives the period, its years and the amount a year; blanks where the period is unknown', () => {
    expect(csv[0]).toEqual(PERYEAR_COLUMNS.map((c) => `H:${c}`));
    expect(csv).toHaveLength(rows.length + 1);
    const microsoft = csv.find((r) => r[0] === 'マイクロソフト' && r[9] === 1_600_000_000_000)!;
    expect(microsoft[4]).toBe('2026～2029年');
    expect(microsoft[5]).toBe(4);
    expect(microsoft[7]).toBe(2_500_000_000);
    for (const row of csv.slice(1))
      if (row[5] === '') expect([row[6], row[7]]).toEqual(['不明', '']);
      else expect(Number.isInteger(row[7])).toBe(true);
  });
});
