// The one place that turns numbers, money, counts, dates, periods, rates and multiples into text.
// Pure functions: every word comes from locales/<lang>/format.json, every digit from Intl.
import en from '../../locales/en/format.json';
import ja from '../../locales/ja/format.json';

export type Lang = 'en' | 'ja';
export type { CurrencyCode } from './schema';
import type { CurrencyCode } from './schema';
export type MoneyStyle = 'headline' | 'exact' | 'axis';
export type Qualifier = 'approx' | 'atLeast' | 'moreThan';
export type DatePrecision = 'day' | 'month' | 'year';
export interface PartialDate {
  date: string /* 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' */;
  precision: DatePrecision;
  qualifier?: 'around' | 'early' | 'late';
}
export type Period =
  | { kind: 'range'; start: number; end: number } // calendar years, inclusive
  | { kind: 'until'; end: number } // "through 2027", start not stated
  | { kind: 'duration'; years: number; from: number } // "over four years" from the announcement year
  | { kind: 'unknown' };

type Messages = typeof en;
// The English scales; each has a long word (billion) and a short one (B).
type Scale = { key: keyof Messages['unitShort']; size: number };

// Typing ja as Messages makes tsc fail if the Japanese file misses a key of the English one.
const MESSAGES: Record<Lang, Messages> = { en, ja };
const LOCALES: Record<Lang, string> = { en: 'en-US', ja: 'ja-JP' };

// English counts in thousands; Japanese in myriads (万 = 10^4, 億 = 10^8, 兆 = 10^12).
const WESTERN_SCALES: readonly Scale[] = [
  { key: 'trillion', size: 1e12 },
  { key: 'billion', size: 1e9 },
  { key: 'million', size: 1e6 },
];
const THOUSAND: Scale = { key: 'thousand', size: 1e3 };

/** The locale messages, checked at runtime because data files may carry any string. */
function messages(lang: Lang): Messages {
  const m = MESSAGES[lang] as Messages | undefined;
  if (!m) throw new RangeError(`Unknown language: ${String(lang)}`);
  return m;
}

/** Replaces `{{name}}` placeholders; a placeholder without a value is a bug, so it throws. */
export function interpolate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Missing value for {{${name}}} in "${template}"`);
    return value;
  });
}

function assertFinite(value: number, what: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${what} must be a finite number, got ${String(value)}`);
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Intl with the fraction digits always explicit: Node and Chromium differ on the defaults. */
function digits(value: number, lang: Lang, min: number, max: number, useGrouping = true): string {
  const key = `${lang}|${min}|${max}|${useGrouping}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping,
    });
    numberFormats.set(key, nf);
  }
  return nf.format(value);
}

/** Rounds to `significant` significant digits (0 stays 0). */
function roundSignificant(value: number, significant: number): number {
  return Number(value.toPrecision(significant));
}

// Intl objects are costly to build and a language switch formats every figure again: build each one once.
const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralKey(value: number, lang: Lang): 'one' | 'other' {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  return rules.select(value) === 'one' ? 'one' : 'other';
}

function scaled(value: string, unit: string, template: string): string {
  return interpolate(template, { value, unit });
}

/** Japanese mixed units, largest first: 1兆6,000億, 2億7,400万, 152億4,000万, 950. */
function myriadUnits(value: number, lang: Lang): string {
  const m = messages(lang);
  const cho = Math.floor(value / 1e12);
  const oku = Math.floor(value / 1e8) % 1e4;
  const man = Math.floor(value / 1e4) % 1e4;
  const rest = value - Math.floor(value / 1e4) * 1e4;
  const parts: string[] = [];
  if (cho > 0) parts.push(scaled(digits(cho, lang, 0, 0), m.unit.trillion, m.scaled.long));
  if (oku > 0) parts.push(scaled(digits(oku, lang, 0, 0), m.unit.hundredMillion, m.scaled.long));
  if (man > 0) parts.push(scaled(digits(man, lang, 0, 0), m.unit.tenThousand, m.scaled.long));
  // Only the ones place may carry a fraction (small amounts such as 1.5 or 12.3).
  if (rest > 0 || parts.length === 0) parts.push(digits(rest, lang, 0, 2));
  return parts.join('');
}

/** English: the largest scale the value reaches (1.6 trillion, 274 million), or plain digits below it. */
function westernUnits(
  value: number,
  lang: Lang,
  scales: readonly Scale[],
  short: boolean,
  exact: boolean,
): string {
  const m = messages(lang);
  const scale = scales.find((s) => value >= s.size);
  if (!scale) return digits(value, lang, 0, 2);
  // Exact: as many fraction digits as the scale has zeros, so nothing is rounded away.
  const maxFraction = exact ? Math.round(Math.log10(scale.size)) : 2;
  const text = digits(value / scale.size, lang, 0, maxFraction);
  return short
    ? scaled(text, m.unitShort[scale.key], m.scaled.short)
    : scaled(text, m.unit[scale.key], m.scaled.long);
}

/** Japanese headline: decimal 兆, integer 億, mixed 億/万 below 10億; 億 is never a decimal. */
function japaneseHeadline(abs: number, lang: Lang): string {
  const m = messages(lang);
  const rounded = roundSignificant(abs, 3);
  if (rounded >= 1e12) return scaled(digits(rounded / 1e12, lang, 0, 2), m.unit.trillion, m.scaled.long);
  if (rounded >= 1e9) {
    // Below 100億 three significant digits would need a decimal 億, so round to whole 億 instead.
    const oku = (rounded >= 1e10 ? rounded : abs) / 1e8;
    return scaled(digits(oku, lang, 0, 0), m.unit.hundredMillion, m.scaled.long);
  }
  return myriadUnits(rounded, lang);
}

/** The number the Japanese headline form shows for an amount: what `japaneseHeadline` rounds it to. */
function japaneseHeadlineValue(abs: number): number {
  const rounded = roundSignificant(abs, 3);
  if (rounded >= 1e12) return Number((rounded / 1e12).toFixed(2)) * 1e12;
  if (rounded >= 1e9) return Math.round((rounded >= 1e10 ? rounded : abs) / 1e8) * 1e8;
  return rounded;
}

/**
 * An announced amount in headline form, never rounded into a different number: 1.6兆円 and 2.26兆円 stay short,
 * 1,268億タイバーツ and 12億5,000万ドル keep every digit the source gave.
 */
function japaneseAnnounced(abs: number, lang: Lang): string {
  const m = messages(lang);
  if (abs >= 1e12 && Number((abs / 1e12).toFixed(4)) * 1e12 === abs)
    return scaled(digits(abs / 1e12, lang, 0, 4), m.unit.trillion, m.scaled.long);
  if (abs >= 1e8 && abs < 1e12 && abs % 1e8 === 0)
    return scaled(digits(abs / 1e8, lang, 0, 0), m.unit.hundredMillion, m.scaled.long);
  return myriadUnits(abs, lang);
}

function amountText(abs: number, lang: Lang, style: MoneyStyle, announced = false): string {
  if (lang === 'ja') {
    // Japanese charts keep the headline form: 兆/億 are already short.
    if (style === 'exact') return myriadUnits(Math.round(abs * 100) / 100, lang);
    if (announced && style === 'headline' && japaneseHeadlineValue(abs) !== abs)
      return japaneseAnnounced(abs, lang);
    return japaneseHeadline(abs, lang);
  }
  if (style === 'exact') return westernUnits(abs, lang, WESTERN_SCALES, false, true);
  // An announced amount keeps its digits: $12.75 billion, not $12.8 billion.
  if (announced && style === 'headline' && roundSignificant(abs, 3) !== abs)
    return westernUnits(abs, lang, WESTERN_SCALES, false, true);
  const rounded = roundSignificant(abs, 3);
  if (style === 'axis') return westernUnits(rounded, lang, [...WESTERN_SCALES, THOUSAND], true, false);
  return westernUnits(rounded, lang, WESTERN_SCALES, false, false);
}

/** The currency mark of a language: a prefix symbol in English (¥, A$), a suffix name in Japanese (円, 豪ドル). */
export function currencySymbol(currency: CurrencyCode, lang: Lang): string {
  const symbol = (messages(lang).currency as Record<string, string | undefined>)[currency];
  if (symbol === undefined) throw new RangeError(`Unknown currency: ${String(currency)}`);
  return symbol;
}

function withCurrency(amount: string, currency: CurrencyCode, lang: Lang): string {
  return interpolate(messages(lang).money.template, { amount, currency: currencySymbol(currency, lang) });
}

/**
 * Money in a language's conventions. `approx` marks a converted figure (~ / 約); `qualifier` carries what the
 * source says ("more than", "at least"), and both can apply at once: "more than ~¥1.28 trillion", 「約1.28兆円超」.
 */
export function formatMoney(
  value: number,
  currency: CurrencyCode,
  lang: Lang,
  opts: { style?: MoneyStyle; qualifier?: Qualifier; approx?: boolean } = {},
): string {
  assertFinite(value, 'Amount');
  const style = opts.style ?? 'headline';
  // Only a converted figure is approximate; an amount as announced is shown as the source gives it.
  const amount = amountText(Math.abs(value), lang, style, !opts.approx && opts.qualifier !== 'approx');
  // No minus on an amount that rounds to zero.
  const sign = value < 0 && /[1-9]/.test(amount) ? '-' : '';
  const text = sign + withCurrency(amount, currency, lang);
  if (style === 'axis') return text;
  const qualifiers: Qualifier[] = [];
  if (opts.approx && opts.qualifier !== 'approx') qualifiers.push('approx');
  if (opts.qualifier) qualifiers.push(opts.qualifier);
  return qualifiers.reduce((inner, qualifier) => {
    const template = (messages(lang).qualifier as Record<string, string | undefined>)[qualifier];
    if (template === undefined) throw new RangeError(`Unknown qualifier: ${String(qualifier)}`);
    return interpolate(template, { value: inner });
  }, text);
}

/** Counts below a million are exact; from a million up they are rounded to 3 significant digits. */
export function formatCount(value: number, lang: Lang, unit?: 'people'): string {
  assertFinite(value, 'Count');
  if (value < 0) throw new RangeError(`Count must not be negative, got ${value}`);
  const count = Math.round(value);
  const large = count >= 1e6;
  const shown = large ? roundSignificant(count, 3) : count;
  const text =
    lang === 'ja' ? myriadUnits(shown, lang) : westernUnits(shown, lang, WESTERN_SCALES, false, false);
  if (unit !== 'people') return text;
  // "1 million people", not "1 million person": only an unscaled count picks the singular.
  const people = messages(lang).count.people;
  return interpolate(large ? people.other : people[pluralKey(count, lang)], { value: text });
}

/** A commitment stated in GPUs or megawatts instead of money: 260,000 GPUs, 26万個のGPU. */
export function formatCapacity(value: number, unit: 'gpus' | 'megawatts', lang: Lang): string {
  const templates = messages(lang).capacity[unit];
  return interpolate(templates[pluralKey(value, lang)], { value: formatCount(value, lang) });
}

export function formatNumber(
  value: number,
  lang: Lang,
  fractionDigits: { min?: number; max?: number } = {},
): string {
  assertFinite(value, 'Number');
  const min = fractionDigits.min ?? 0;
  const max = fractionDigits.max ?? Math.max(min, 2);
  return digits(value, lang, min, Math.max(min, max));
}

/** Units of `currency` per US dollar: ¥160/$ or 1ドル＝160円. */
export function formatRate(unitsPerUsd: number, currency: CurrencyCode, lang: Lang): string {
  assertFinite(unitsPerUsd, 'Rate');
  if (unitsPerUsd <= 0) throw new RangeError(`Rate must be positive, got ${unitsPerUsd}`);
  const value = withCurrency(digits(unitsPerUsd, lang, 0, 4), currency, lang);
  return interpolate(messages(lang).rate.template, { value });
}

/** One decimal below 10 (×1.5), whole numbers from 10 up (×55). */
export function formatMultiple(value: number, lang: Lang, opts: { approx?: boolean } = {}): string {
  assertFinite(value, 'Multiple');
  const text = digits(value, lang, 0, Math.abs(value) < 10 ? 1 : 0);
  const m = messages(lang).multiple;
  return interpolate(opts.approx ? m.approx : m.exact, { value: text });
}

const DATE_PATTERNS: Record<DatePrecision, RegExp> = {
  year: /^(\d{4})$/,
  month: /^(\d{4})-(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
};

const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

/** Parses the string by hand: `new Date('2026-04')` depends on the parser and the time zone. */
function parsePartialDate(d: PartialDate): Date {
  const match = (DATE_PATTERNS as Record<string, RegExp | undefined>)[d.precision]?.exec(d.date);
  if (!match) throw new RangeError(`Invalid date "${String(d.date)}" for precision ${String(d.precision)}`);
  const year = Number(match[1]);
  const month = Number(match[2] ?? '1');
  const day = Number(match[3] ?? '1');
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC: it maps years 0–99 to 1900–1999
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`Invalid date "${d.date}"`);
  }
  return date;
}

/**
 * Joins items the way a language lists them: "A, B" / "A、B" for items, "A; B" / "A、B" for clauses that
 * contain commas themselves, "A / B" / "A／B" for alternatives.
 */
export type ListKind = 'items' | 'clauses' | 'alternatives';

export function listSeparator(lang: Lang, kind: ListKind = 'items'): string {
  return messages(lang).list[kind];
}

export function joinList(items: readonly string[], lang: Lang, kind: ListKind = 'items'): string {
  return items.join(listSeparator(lang, kind));
}

/** Whether a date string matches its precision and names a day that exists. */
export function isValidPartialDate(d: PartialDate): boolean {
  try {
    parsePartialDate(d);
    return true;
  } catch {
    return false;
  }
}

/** A calendar year as a date is written: 2014, 2014年 (for axis ticks and "continues to" notes). */
export function formatCalendarYear(year: number, lang: Lang): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`Invalid year: ${String(year)}`);
  return formatPartialDate({ date: String(year), precision: 'year' }, lang);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${lang}|${precision}`;
  let format = dateFormats.get(key);
  if (!format)
    dateFormats.set(key, (format = new Intl.DateTimeFormat(LOCALES[lang], DATE_OPTIONS[precision])));
  return format;
}

export function formatPartialDate(d: PartialDate | null, lang: Lang): string {
  const m = messages(lang).date;
  if (d === null) return m.notStated;
  const date = dateFormat(lang, d.precision).format(parsePartialDate(d));
  switch (d.qualifier) {
    case undefined:
      return date;
    case 'around':
      return interpolate(m.around, { date });
    case 'early':
    case 'late': {
      // "Early 3 April" means nothing: early/late only qualify a month or a year.
      if (d.precision === 'day') throw new RangeError(`"${d.qualifier}" cannot qualify a day: ${d.date}`);
      // Japanese says 上旬/下旬 of a month but 初め/後半 of a year.
      const byMonth = d.precision === 'month';
      const template =
        d.qualifier === 'early' ? (byMonth ? m.earlyMonth : m.early) : byMonth ? m.lateMonth : m.late;
      return interpolate(template, { date });
    }
    default:
      throw new RangeError(`Unknown date qualifier: ${String(d.qualifier)}`);
  }
}

/** Calendar years are written without digit grouping (2026, not 2,026). */
function formatYear(year: number, lang: Lang): string {
  if (!Number.isInteger(year)) throw new RangeError(`Year must be an integer, got ${String(year)}`);
  return digits(year, lang, 0, 0, false);
}

export function formatPeriod(p: Period, lang: Lang): string {
  const m = messages(lang).period;
  switch (p.kind) {
    case 'range':
      if (p.start > p.end) throw new RangeError(`Period starts after it ends: ${p.start}–${p.end}`);
      if (p.start === p.end) return interpolate(m.single, { year: formatYear(p.start, lang) });
      return interpolate(m.range, { start: formatYear(p.start, lang), end: formatYear(p.end, lang) });
    case 'until':
      return interpolate(m.until, { end: formatYear(p.end, lang) });
    case 'duration': {
      assertFinite(p.years, 'Duration');
      if (p.years <= 0) throw new RangeError(`Duration must be positive, got ${p.years}`);
      const years = digits(p.years, lang, 0, 1);
      return interpolate(m.duration[pluralKey(p.years, lang)], { years, from: formatYear(p.from, lang) });
    }
    case 'unknown':
      return m.notStated;
    default:
      throw new RangeError(`Unknown period kind: ${String((p as { kind?: unknown }).kind)}`);
  }
}
