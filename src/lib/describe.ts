import type { TFunction } from 'i18next';
import { investorName } from './investors';
import type { Converted, RateUsed } from './convert';
import { convertAmount, yearOf } from './convert';
import type { CurrencyCode, Lang } from './format';
import { formatMoney, formatPartialDate, formatPeriod, formatRate, joinList } from './format';
import type { Commitment, Landscape, Source, Verification, VerificationStatus } from './schema';
import type { DisplaySettings } from './settings';

/** One line naming a rate and where it comes from, e.g. "¥105.74/$, 2014 average". */
export function describeRate(rate: RateUsed, lang: Lang, t: TFunction): string {
  const text = formatRate(rate.unitsPerUsd, rate.currency, lang);
  if (rate.basis === 'no-year-average' && rate.year === undefined)
    return t('rate.basis.no-year-average-undated', { rate: text });
  return t(`rate.basis.${rate.basis}`, { rate: text, year: String(rate.year ?? '') });
}

export function describeRates(rates: readonly RateUsed[], lang: Lang, t: TFunction): string {
  return joinList(
    rates.map((r) => describeRate(r, lang, t)),
    lang,
    'clauses',
  );
}

/** Statuses that a presenter must see beside the figure. */
export function isFlagged(status: VerificationStatus | undefined): boolean {
  return status === 'differs' || status === 'not-found' || status === 'partly';
}

export function verificationOf(data: Landscape, id: string | undefined): Verification | undefined {
  return id === undefined ? undefined : data.verification.find((v) => v.id === id);
}

export interface ShownAmount extends Converted {
  /** The figure as the user reads it, e.g. "~$10 billion" or "約100億ドル". */
  text: string;
  axis: string;
  /** The figure as announced, e.g. "¥1.6 trillion". */
  announced: string;
}

/** A commitment's amount in the chosen currency, with the rates that made it and its texts. */
export function showAmount(c: Commitment, data: Landscape, settings: DisplaySettings): ShownAmount {
  const { lang } = settings;
  const converted = convertAmount(
    c.amount,
    settings.currency,
    data.rates,
    settings.rate,
    yearOf(c.announced),
  );
  const { qualifier } = c.amount;
  const money = (value: number, currency: CurrencyCode, approx: boolean) =>
    formatMoney(value, currency, lang, { ...(qualifier ? { qualifier } : {}), approx });
  // The texts are formatted when first read: a view of thousands of records ranks them all by value but shows
  // (and so formats) only the few it draws.
  let text: string | undefined;
  let axis: string | undefined;
  let announced: string | undefined;
  return {
    ...converted,
    // A converted figure keeps what the source says of it: "more than $8 billion" → "more than ~¥1.28 trillion".
    get text() {
      return (text ??= money(converted.value, converted.currency, converted.converted));
    },
    get axis() {
      return (axis ??= formatMoney(converted.value, converted.currency, lang, { style: 'axis' }));
    },
    get announced() {
      return (announced ??= money(c.amount.value, c.amount.currency, false));
    },
  };
}

/** "Microsoft · 2026–2029": who and when, the label of a commitment in charts. */
export function commitmentLabel(
  c: Commitment,
  investors: Landscape['investors'],
  lang: Lang,
  t: TFunction,
  withCountry = false,
): string {
  const when =
    c.period.kind === 'unknown'
      ? c.announced
        ? formatPartialDate(c.announced, lang)
        : formatPeriod(c.period, lang)
      : formatPeriod(c.period, lang);
  const who = withCountry ? t(`country.${c.country}`) : investorName(investors, c.investor, lang);
  return `${who} · ${when}`;
}

/**
 * A source as one short citation: "cnbc.com, via Reuters, Jan 19, 2024", or the article's title. The page's own
 * title is left out (it is the link's tooltip, and listed in Sources) unless `withTitle`.
 */
export function citeSource(
  source: Source,
  lang: Lang,
  t: TFunction,
  opts: { withTitle?: boolean } = {},
): string {
  if (source.kind === 'article') return t('source.article', { title: source.title ?? '' });
  return joinList(
    citationParts(source, lang, t, opts).map((p) => p.text),
    lang,
  );
}

/** Japanese script: a title without it is marked as English inside a Japanese page. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * The parts of a citation, in order (publisher, agency, title, date), the title with the language it is written in,
 * so that a page can mark an English title inside Japanese text.
 */
export function citationParts(
  source: Source,
  lang: Lang,
  t: TFunction,
  opts: { withTitle?: boolean } = {},
): { text: string; lang?: Lang }[] {
  const parts: { text: string; lang?: Lang }[] = [];
  if (source.publisher) parts.push({ text: source.publisher });
  if (source.via) parts.push({ text: t('source.via', { via: source.via[lang] }) });
  if ((opts.withTitle || source.kind === 'statistics') && source.title)
    parts.push({ text: source.title, lang: JAPANESE.test(source.title) ? 'ja' : 'en' });
  if (source.published) parts.push({ text: formatPartialDate(source.published, lang) });
  return parts;
}

/** The sources with these ids, each once, in the order first named. */
export function sourcesById(data: Landscape, ids: readonly string[]): Source[] {
  const index = sourceIndex(data.sources);
  return [...new Set(ids)].flatMap((id) => index.get(id) ?? []);
}

// With thousands of the user's own records there are thousands of sources: look them up by id, not by scanning.
const sourceIndexes = new WeakMap<readonly Source[], Map<string, Source[]>>();
function sourceIndex(sources: readonly Source[]): Map<string, Source[]> {
  let index = sourceIndexes.get(sources);
  if (!index) {
    index = new Map();
    for (const s of sources) index.set(s.id, [...(index.get(s.id) ?? []), s]);
    sourceIndexes.set(sources, index);
  }
  return index;
}

export function unitLabel(currency: CurrencyCode | 'original', t: TFunction): string {
  return currency === 'USD' ? t('chart.unitUsd') : t('chart.unitYen');
}

/**
 * Sources whose citations read differently: two articles of one publisher without title or date read the same, and
 * a source line that names one twice reads as a mistake. The first of each is kept.
 */
export function distinctCitations(sources: readonly Source[], lang: Lang, t: TFunction): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const text = citeSource(s, lang, t);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}
