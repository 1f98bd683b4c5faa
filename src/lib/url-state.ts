import type { DisplayCurrency, RateChoice } from './convert';
import type { Lang } from './format';

export const VIEWS = ['overview', 'timeline', 'japan', 'apac', 'sources'] as const;
export type ViewId = (typeof VIEWS)[number];
export const LANGS = ['en', 'ja'] as const;
export const DISPLAY_CURRENCIES = ['JPY', 'USD', 'original'] as const;

/** Bounds for a typed yen-per-dollar rate: wide enough for any rate since 1971, narrow enough to catch typos. */
export const CUSTOM_RATE_MIN = 50;
export const CUSTOM_RATE_MAX = 400;

export interface UrlState {
  view: ViewId;
  currency: DisplayCurrency;
  rate: RateChoice;
}

export const DEFAULT_STATE: UrlState = { view: 'overview', currency: 'JPY', rate: { kind: 'article' } };

export interface ParsedUrl {
  state: UrlState;
  /** The language the URL asks for, if it names a supported one. */
  lang: Lang | undefined;
  /** Parameters that were present but invalid, and so fell back to their defaults. */
  rejected: string[];
}

function oneOf<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function parseRate(value: string | null): RateChoice | undefined {
  if (value === null) return undefined;
  if (value === 'article') return { kind: 'article' };
  if (value === 'year') return { kind: 'year' };
  return parseCustomRate(value);
}

/** A typed rate: a plain decimal number within bounds, or nothing. */
export function parseCustomRate(text: string): { kind: 'custom'; unitsPerUsd: number } | undefined {
  const normalized = text.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!/^\d{1,4}(\.\d{1,4})?$/.test(normalized)) return undefined;
  const unitsPerUsd = Number(normalized);
  if (unitsPerUsd < CUSTOM_RATE_MIN || unitsPerUsd > CUSTOM_RATE_MAX) return undefined;
  return { kind: 'custom', unitsPerUsd };
}

/** Reads the shareable state from a query string: every parameter is valid, invalid (default) or missing. */
export function parseUrlState(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const rejected: string[] = [];
  const read = <T>(key: string, parse: (raw: string | null) => T | undefined, fallback: T): T => {
    const raw = params.get(key);
    const parsed = parse(raw);
    if (raw !== null && parsed === undefined) rejected.push(key);
    return parsed ?? fallback;
  };
  const state: UrlState = {
    view: read('view', (v) => oneOf(VIEWS, v), DEFAULT_STATE.view),
    currency: read('currency', (v) => oneOf(DISPLAY_CURRENCIES, v), DEFAULT_STATE.currency),
    rate: read('rate', parseRate, DEFAULT_STATE.rate),
  };
  const lang = read<Lang | undefined>('lang', (v) => oneOf(LANGS, v), undefined);
  return { state, lang, rejected };
}

export function serializeRate(rate: RateChoice): string {
  return rate.kind === 'custom' ? String(rate.unitsPerUsd) : rate.kind;
}

/**
 * Writes the state into a query string. Only values that differ from the defaults are written (the language is
 * always written, so that a shared link opens in the language it was shared in); parameters this app does not
 * own are kept, invalid ones of its own are dropped.
 */
export function serializeUrlState(state: UrlState, lang: Lang, previousSearch = ''): string {
  const params = new URLSearchParams(previousSearch);
  for (const key of ['view', 'lang', 'currency', 'rate']) params.delete(key);
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  params.set('lang', lang);
  if (state.currency !== DEFAULT_STATE.currency) params.set('currency', state.currency);
  if (state.rate.kind !== DEFAULT_STATE.rate.kind || state.rate.kind === 'custom')
    params.set('rate', serializeRate(state.rate));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The language to start in: the URL's, else the one remembered, else the browser's first supported one, else English. */
export function resolveLanguage(
  fromUrl: Lang | undefined,
  remembered: string | null,
  browserLanguages: readonly string[],
): Lang {
  if (fromUrl) return fromUrl;
  const stored = oneOf(LANGS, remembered);
  if (stored) return stored;
  for (const tag of browserLanguages) {
    const base = oneOf(LANGS, tag.toLowerCase().split('-')[0] ?? null);
    if (base) return base;
  }
  return 'en';
}
