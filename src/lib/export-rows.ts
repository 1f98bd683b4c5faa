// The rows of each chart's CSV export: one header row in the interface language, then one row per record, with
// amounts as plain whole numbers beside their currency code so that a spreadsheet can add them up.
import type { TFunction } from 'i18next';
import { investorName } from './investors';
import type { CommitmentRow } from './commitment-rows';
import { citeSource, describeRates, sourcesById, verificationOf } from './describe';
import type { Lang } from './format';
import { formatPartialDate, formatPeriod, listSeparator } from './format';
import type { Country, Landscape, Source } from './schema';

export type CsvRow = (string | number)[];

export const COMMITMENT_COLUMNS = [
  'investor',
  'country',
  'amount',
  'currency',
  'rate',
  'announcedAmount',
  'announcedCurrency',
  'qualifier',
  'period',
  'announced',
  'provenance',
  'check',
  'sources',
] as const;
export type CommitmentColumn = (typeof COMMITMENT_COLUMNS)[number];

export const TIMELINE_COLUMNS = [
  'kind',
  'marker',
  'item',
  'when',
  'amount',
  'currency',
  'announcedAmount',
  'announcedCurrency',
  'provenance',
  'check',
  'sources',
] as const;
export type TimelineColumn = (typeof TIMELINE_COLUMNS)[number];

/** What the rows need in words: the header of each column, and the words for a qualifier and a row kind. */
export interface CsvWords<Column extends string> {
  header: Record<Column, string>;
  qualifier: Record<'atLeast' | 'moreThan', string>;
  kind: Record<'commitment' | 'event', string>;
}

/** Whole units: a converted amount has cents that no source claims. */
const plain = (value: number) => Math.round(value);

export function citeSources(sources: readonly Source[], lang: Lang, t: TFunction): string {
  return sources.map((s) => citeSource(s, lang, t)).join(listSeparator(lang, 'clauses'));
}

function checkText(data: Landscape, id: string | undefined, lang: Lang, t: TFunction): string {
  const verification = verificationOf(data, id);
  return verification ? `${t(`status.${verification.status}`)}: ${verification.publicRecord[lang]}` : '';
}

/** A commitments chart (Japan, Asia-Pacific) as CSV rows, header first, in the chart's order. */
export function commitmentCsvRows(
  rows: readonly CommitmentRow[],
  data: Landscape,
  lang: Lang,
  t: TFunction,
  words: CsvWords<CommitmentColumn>,
): CsvRow[] {
  return [
    COMMITMENT_COLUMNS.map((column) => words.header[column]),
    ...rows.map(({ commitment: c, shown }) => [
      investorName(data.investors, c.investor, lang),
      t(`country.${c.country}`),
      plain(shown.value),
      shown.currency,
      shown.converted ? describeRates(shown.rates, lang, t) : '',
      plain(c.amount.value),
      c.amount.currency,
      c.amount.qualifier ? words.qualifier[c.amount.qualifier] : '',
      formatPeriod(c.period, lang),
      formatPartialDate(c.announced, lang),
      t(`provenance.${c.provenance}`),
      checkText(data, c.verification, lang, t),
      citeSources(sourcesById(data, c.sources), lang, t),
    ]),
  ];
}

/**
 * The timeline as CSV rows: each commitment on it (with its period), then each numbered event marker (with its
 * date), header first.
 */
export function timelineCsvRows(
  rows: readonly CommitmentRow[],
  events: readonly Landscape['events'][number][],
  data: Landscape,
  lang: Lang,
  t: TFunction,
  words: CsvWords<TimelineColumn>,
): CsvRow[] {
  return [
    TIMELINE_COLUMNS.map((column) => words.header[column]),
    ...rows.map(({ commitment: c, shown, label }) => [
      words.kind.commitment,
      '',
      label,
      formatPeriod(c.period, lang),
      plain(shown.value),
      shown.currency,
      plain(c.amount.value),
      c.amount.currency,
      t(`provenance.${c.provenance}`),
      checkText(data, c.verification, lang, t),
      citeSources(sourcesById(data, c.sources), lang, t),
    ]),
    ...events.map((e, i) => [
      words.kind.event,
      i + 1,
      e.text[lang],
      formatPartialDate(e.date, lang),
      '',
      '',
      '',
      '',
      t(`provenance.${e.provenance}`),
      checkText(data, e.verification, lang, t),
      citeSources(sourcesById(data, e.sources), lang, t),
    ]),
  ];
}

/** A figure's source line as text, as the screen shows it: "Sources: …". */
export function sourceLineText(sources: readonly Source[], lang: Lang, t: TFunction): string {
  return `${t('source.labelPlural')}${t('source.separator')}${sources.length ? citeSources(sources, lang, t) : t('source.none')}`;
}

export const HEADLINE_COLUMNS = ['item', 'value', 'unit', 'shown', 'sources'] as const;
export type HeadlineColumn = (typeof HEADLINE_COLUMNS)[number];

/** One headline figure: what it is, its number and unit (a currency code, "×" or people), and its sources. */
export interface HeadlineFigure {
  item: string;
  value: number | '';
  unit: string;
  shown: string;
  sources: readonly Source[];
}

/** The headline cards as CSV rows, header first; a ratio keeps two decimals, amounts are whole units. */
export function headlineCsvRows(
  figures: readonly HeadlineFigure[],
  lang: Lang,
  t: TFunction,
  header: Record<HeadlineColumn, string>,
): CsvRow[] {
  return [
    HEADLINE_COLUMNS.map((column) => header[column]),
    ...figures.map((f) => [
      f.item,
      f.value === '' ? '' : Number.isInteger(f.value) ? f.value : Math.round(f.value * 100) / 100,
      f.unit,
      f.shown,
      citeSources(f.sources, lang, t),
    ]),
  ];
}

export const MAP_COLUMNS = [
  'kind',
  'country',
  'investor',
  'amount',
  'currency',
  'count',
  'rate',
  'announcedAmount',
  'announcedCurrency',
  'qualifier',
  'period',
  'announced',
  'provenance',
  'check',
  'sources',
] as const;
export type MapColumn = (typeof MAP_COLUMNS)[number];

/** A country on the map: its committed total (in `currency`) and its commitments, largest first. */
export interface CountryTotalRows {
  country: Country;
  total: number;
  /** The rates that converted the amounts into the total's currency, in words; empty when none did. */
  rate: string;
  rows: readonly CommitmentRow[];
}

/**
 * The map as CSV rows, header first: for each country (largest total first) a total row with its number of
 * commitments, then each of its commitments. The kind column tells them apart, so a spreadsheet can filter
 * either without counting a total twice.
 */
export function mapCsvRows(
  totals: readonly CountryTotalRows[],
  totalCurrency: string,
  data: Landscape,
  lang: Lang,
  t: TFunction,
  words: CsvWords<MapColumn> & { totalKind: string },
): CsvRow[] {
  return [
    MAP_COLUMNS.map((column) => words.header[column]),
    ...totals.flatMap((entry) => [
      [
        words.totalKind,
        t(`country.${entry.country}`),
        '',
        plain(entry.total),
        totalCurrency,
        entry.rows.length,
        entry.rate,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      ...entry.rows.map(({ commitment: c, shown }) => [
        words.kind.commitment,
        t(`country.${c.country}`),
        investorName(data.investors, c.investor, lang),
        plain(shown.value),
        shown.currency,
        '',
        shown.converted ? describeRates(shown.rates, lang, t) : '',
        plain(c.amount.value),
        c.amount.currency,
        c.amount.qualifier ? words.qualifier[c.amount.qualifier] : '',
        formatPeriod(c.period, lang),
        formatPartialDate(c.announced, lang),
        t(`provenance.${c.provenance}`),
        checkText(data, c.verification, lang, t),
        citeSources(sourcesById(data, c.sources), lang, t),
      ]),
    ]),
  ];
}

export const PERYEAR_COLUMNS = [
  'investor',
  'country',
  'amount',
  'currency',
  'period',
  'years',
  'yearsBasis',
  'perYear',
  'rate',
  'announcedAmount',
  'announcedCurrency',
  'qualifier',
  'provenance',
  'check',
  'sources',
] as const;
export type PerYearColumn = (typeof PERYEAR_COLUMNS)[number];

/** A commitment spread over its period: the number of years and the amount a year, or neither when unknown. */
export interface PerYearCsvInput {
  row: CommitmentRow;
  years?: number;
  perYear?: number;
  /** How the years were counted ("4 years (2026–2029)", "stated"), or why they are unknown. */
  basis: string;
}

/** The per-year view as CSV rows, header first: known periods largest per year first, then the unknown ones. */
export function perYearCsvRows(
  items: readonly PerYearCsvInput[],
  data: Landscape,
  lang: Lang,
  t: TFunction,
  words: CsvWords<PerYearColumn>,
): CsvRow[] {
  return [
    PERYEAR_COLUMNS.map((column) => words.header[column]),
    ...items.map(({ row: { commitment: c, shown }, years, perYear, basis }) => [
      investorName(data.investors, c.investor, lang),
      t(`country.${c.country}`),
      plain(shown.value),
      shown.currency,
      formatPeriod(c.period, lang),
      years ?? '',
      basis,
      perYear === undefined ? '' : plain(perYear),
      shown.converted ? describeRates(shown.rates, lang, t) : '',
      plain(c.amount.value),
      c.amount.currency,
      c.amount.qualifier ? words.qualifier[c.amount.qualifier] : '',
      t(`provenance.${c.provenance}`),
      checkText(data, c.verification, lang, t),
      citeSources(sourcesById(data, c.sources), lang, t),
    ]),
  ];
}
