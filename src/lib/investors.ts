// Investors are data (investors.json): their names in both languages and their colour token. The user's own
// records may name any other investor; it gets a neutral colour and is filterable like the rest.
import type { Lang } from './format';
import type { InvestorRecord } from './schema';
import { SERIES_COLOURS } from './schema';

const NEUTRAL = SERIES_COLOURS.filter((c) => c.startsWith('neutral-'));

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** The name of an investor as the press of a language writes it; an unknown id is shown as it is. */
export function investorName(investors: readonly InvestorRecord[], id: string, lang: Lang): string {
  return investors.find((i) => i.id === id)?.name[lang] ?? id;
}

/** The CSS colour of an investor's series: one variable per token, set for every theme. */
export function investorColour(investors: readonly InvestorRecord[], id: string): string {
  return `var(--investor-${investors.find((i) => i.id === id)?.colour ?? neutralFor(id)})`;
}

/** A neutral token chosen by the id, so that a user's investor keeps its colour across reloads. */
export function neutralFor(id: string): (typeof SERIES_COLOURS)[number] {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return NEUTRAL[hash % NEUTRAL.length]!;
}

/** Other ways a file names a bundled investor. */
const ALIASES: Record<string, string> = {
  'amazon web services': 'aws',
  'amazon web services (aws)': 'aws',
  アマゾンウェブサービス: 'aws',
  'microsoft corporation': 'microsoft',
  'google cloud': 'google',
  'oracle cloud': 'oracle',
};

/** The bundled investor a name means (its id, or its name in either language, in any case), if any. */
export function resolveInvestor(name: string, investors: readonly InvestorRecord[]): string | undefined {
  const key = fold(name);
  const alias = ALIASES[key];
  if (alias && investors.some((i) => i.id === alias)) return alias;
  return investors.find((i) =>
    [i.id, i.name.en, i.name.ja, i.fullName?.en, i.fullName?.ja].some(
      (n) => n !== undefined && fold(n) === key,
    ),
  )?.id;
}

/** An id for an investor that only the user's records name: stable for the same name. */
export function userInvestorId(name: string): string {
  const slug = fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug) return `user-${slug}`.slice(0, 60);
  let hash = 0;
  for (const char of fold(name)) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return `user-${hash.toString(36)}`;
}
