import type { DisplayCurrency, RateChoice } from './convert';
import type { Lang } from './format';
import type { Country, FocusArea, Investor } from './schema';
import { COUNTRIES, FOCUS_AREAS, PROVENANCES } from './schema';

export const VIEWS = [
  'overview',
  'timeline',
  'japan',
  'apac',
  'sources',
  'map',
  'peryear',
  'records',
  'mine',
] as const;
export type ViewId = (typeof VIEWS)[number];
export const LANGS = ['en', 'ja'] as const;
export const DISPLAY_CURRENCIES = ['JPY', 'USD', 'original'] as const;

/** Bounds for a typed yen-per-dollar rate: wide enough for any rate since 1971, narrow enough to catch typos. */
export const CUSTOM_RATE_MIN = 50;
export const CUSTOM_RATE_MAX = 400;

/** `auto` follows the system's light or dark preference; `contrast` is the high-contrast projector theme. */
export const THEMES = ['auto', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** The dashboard, the audience's deck, or the presenter's window beside it. */
export const MODES = ['dashboard', 'deck', 'presenter'] as const;
export type Mode = (typeof MODES)[number];

/** The deck's slides, in order; each is drawn from one of the dashboard's views. */
export const SLIDES = ['headline', 'compare', 'japan', 'apac', 'timeline', 'sources'] as const;
export type SlideId = (typeof SLIDES)[number];

/** Where a record comes from: the seed article, the public record, or a file the user imported. */
export const PROVENANCE_FILTERS = [...PROVENANCES, 'mine'] as const;
export type ProvenanceFilter = (typeof PROVENANCE_FILTERS)[number];

/** Years a period filter may name. */
export const FILTER_YEAR_MIN = 1990;
export const FILTER_YEAR_MAX = 2100;

/** What the records are narrowed to; an empty list means "all". */
export interface Filters {
  investors: readonly Investor[];
  countries: readonly Country[];
  provenances: readonly ProvenanceFilter[];
  focus: readonly FocusArea[];
  /** Keep records whose period (or, without one, announcement year) reaches into [from, to]. */
  from: number | undefined;
  to: number | undefined;
  /** Count cross-border money (subsea cables) in country totals too; by default it is kept out of them. */
  crossBorder: boolean;
}

export const NO_FILTERS: Filters = {
  investors: [],
  countries: [],
  provenances: [],
  focus: [],
  from: undefined,
  to: undefined,
  crossBorder: false,
};

export interface UrlState {
  view: ViewId;
  currency: DisplayCurrency;
  rate: RateChoice;
  theme: Theme;
  mode: Mode;
  slide: SlideId;
  filters: Filters;
}

export const DEFAULT_STATE: UrlState = {
  view: 'overview',
  currency: 'JPY',
  rate: { kind: 'article' },
  theme: 'auto',
  mode: 'dashboard',
  slide: 'headline',
  filters: NO_FILTERS,
};

/** The parameters this app owns; any other parameter in a URL is left alone. */
export const OWN_PARAMS = [
  'view',
  'lang',
  'currency',
  'rate',
  'theme',
  'mode',
  'slide',
  'investor',
  'country',
  'provenance',
  'focus',
  'from',
  'to',
  'xborder',
] as const;

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

/**
 * A comma-separated list of known values, deduplicated and in the canonical order of `options`. An empty value or
 * any unknown item makes the whole list invalid, so a typo never silently narrows the data.
 */
export function parseList<T extends string>(options: readonly T[], value: string | null): T[] | undefined {
  if (value === null) return undefined;
  const items = value.split(',').map((item) => item.trim());
  if (items.some((item) => !(options as readonly string[]).includes(item))) return undefined;
  return options.filter((option) => items.includes(option));
}

/** Investor ids are data (and the user's records may add any): a list of well-formed ids, deduplicated, at most 40. */
export function parseIdList(value: string | null): string[] | undefined {
  if (value === null) return undefined;
  const items = value.split(',').map((item) => item.trim());
  if (items.length > 40 || items.some((item) => !/^[a-z0-9-]{1,60}$/.test(item))) return undefined;
  return [...new Set(items)];
}

/** A four-digit year within the filter's bounds. */
export function parseFilterYear(value: string | null): number | undefined {
  if (value === null || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= FILTER_YEAR_MIN && year <= FILTER_YEAR_MAX ? year : undefined;
}

/** True when no filter narrows the records. */
export function hasFilters(filters: Filters): boolean {
  return (
    filters.investors.length > 0 ||
    filters.countries.length > 0 ||
    filters.provenances.length > 0 ||
    filters.focus.length > 0 ||
    filters.from !== undefined ||
    filters.to !== undefined ||
    filters.crossBorder
  );
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
    theme: read('theme', (v) => oneOf(THEMES, v), DEFAULT_STATE.theme),
    mode: read('mode', (v) => oneOf(MODES, v), DEFAULT_STATE.mode),
    slide: read('slide', (v) => oneOf(SLIDES, v), DEFAULT_STATE.slide),
    filters: {
      investors: read('investor', parseIdList, NO_FILTERS.investors),
      countries: read('country', (v) => parseList(COUNTRIES, v), NO_FILTERS.countries),
      provenances: read('provenance', (v) => parseList(PROVENANCE_FILTERS, v), NO_FILTERS.provenances),
      focus: read('focus', (v) => parseList(FOCUS_AREAS, v), NO_FILTERS.focus),
      from: read<number | undefined>('from', parseFilterYear, undefined),
      to: read<number | undefined>('to', parseFilterYear, undefined),
      crossBorder: read(
        'xborder',
        (v) => (v === 'include' ? true : v === 'exclude' ? false : undefined),
        false,
      ),
    },
  };
  // The slide only means something in the deck and the presenter's window, and is only written there: ignore it
  // elsewhere, so that the state read is the state the address bar will show.
  if (state.mode === 'dashboard') state.slide = DEFAULT_STATE.slide;
  // A period that ends before it starts cannot be meant: drop both ends rather than guess which one is wrong.
  const { from, to } = state.filters;
  if (from !== undefined && to !== undefined && from > to) {
    state.filters = { ...state.filters, from: undefined, to: undefined };
    rejected.push('from', 'to');
  }
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
  for (const key of OWN_PARAMS) params.delete(key);
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  params.set('lang', lang);
  if (state.currency !== DEFAULT_STATE.currency) params.set('currency', state.currency);
  if (state.rate.kind !== DEFAULT_STATE.rate.kind || state.rate.kind === 'custom')
    params.set('rate', serializeRate(state.rate));
  if (state.theme !== DEFAULT_STATE.theme) params.set('theme', state.theme);
  // The slide only means something in the deck and the presenter's window.
  if (state.mode !== DEFAULT_STATE.mode) {
    params.set('mode', state.mode);
    params.set('slide', state.slide);
  }
  const { filters } = state;
  if (filters.investors.length) params.set('investor', filters.investors.join(','));
  if (filters.countries.length) params.set('country', filters.countries.join(','));
  if (filters.provenances.length) params.set('provenance', filters.provenances.join(','));
  if (filters.focus.length) params.set('focus', filters.focus.join(','));
  if (filters.from !== undefined) params.set('from', String(filters.from));
  if (filters.to !== undefined) params.set('to', String(filters.to));
  if (filters.crossBorder) params.set('xborder', 'include');
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
