import type { DisplayCurrency } from '../../../lib/convert';
import type { Lang } from '../../../lib/format';
import type { SlideId, Theme } from '../../../lib/url-state';
import { DISPLAY_CURRENCIES, LANGS, SLIDES, THEMES } from '../../../lib/url-state';

/** What the audience's deck and the presenter's window keep in step. */
export interface DeckSync {
  slide: SlideId;
  lang: Lang;
  currency: DisplayCurrency;
  theme: Theme;
}

export interface SyncMessage extends DeckSync {
  type: 'apac-deck-sync';
  /** The window that sent it, so that a window ignores its own echo. */
  from: string;
}

const isOneOf = <T extends string>(options: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (options as readonly string[]).includes(value);

/** A message from another window, checked field by field: anything else (other apps' messages) is undefined. */
export function parseSyncMessage(data: unknown): SyncMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.type !== 'apac-deck-sync' || typeof m.from !== 'string') return undefined;
  if (!isOneOf(SLIDES, m.slide) || !isOneOf(LANGS, m.lang)) return undefined;
  if (!isOneOf(DISPLAY_CURRENCIES, m.currency) || !isOneOf(THEMES, m.theme)) return undefined;
  return { type: m.type, from: m.from, slide: m.slide, lang: m.lang, currency: m.currency, theme: m.theme };
}

/** The fields of `incoming` that differ from `current`: what a window must change to match the other. */
export function syncPatch(current: DeckSync, incoming: DeckSync): Partial<DeckSync> {
  const patch: Partial<DeckSync> = {};
  if (incoming.slide !== current.slide) patch.slide = incoming.slide;
  if (incoming.lang !== current.lang) patch.lang = incoming.lang;
  if (incoming.currency !== current.currency) patch.currency = incoming.currency;
  if (incoming.theme !== current.theme) patch.theme = incoming.theme;
  return patch;
}
