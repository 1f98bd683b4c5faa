// The findings that the dashboard's views and the deck's slides both state: which rows, and the headline that
// ranks them. One place, so a slide can never say something its view does not.
import type { TFunction } from 'i18next';
import type { CommitmentRow } from './commitment-rows';
import { commitmentRows } from './commitment-rows';
import { unitLabel } from './describe';
import { formatPeriod } from './format';
import { investorName } from './investors';
import type { Landscape } from './schema';
import type { DisplaySettings } from './settings';

export interface Finding {
  /** In the display currency, largest first. */
  rows: CommitmentRow[];
  title: string;
  subtitle: string;
}

/**
 * Rows sorted in the display currency, and the same rows ranked in `rankIn` when figures are shown as announced
 * (they then share no unit, so they are ranked in one currency).
 */
function rankedRows(
  commitments: readonly Commitment[],
  data: Landscape,
  settings: DisplaySettings,
  t: TFunction,
  rankIn: 'JPY' | 'USD',
  opts: { labelByCountry?: boolean } = {},
) {
  const rows = commitmentRows(commitments, data, settings, t, opts);
  const ranked =
    settings.currency === 'original'
      ? commitmentRows(commitments, data, { ...settings, currency: rankIn }, t)
      : rows;
  return { rows, ranked };
}

type Commitment = Landscape['commitments'][number];

/** AWS, Microsoft, Google and Oracle in Japan: who leads, and where Microsoft's 2026–2029 commitment ranks. */
export function japanFinding(data: Landscape, settings: DisplaySettings, t: TFunction): Finding {
  const japan = data.commitments.filter((c) => c.country === 'JP');
  const { rows, ranked } = rankedRows(japan, data, settings, t, 'JPY');
  const microsoft = ranked.findIndex((r) => r.commitment.id === 'ms-jp-2026');
  const leader = ranked[0];
  const headline = ranked[microsoft];
  const title =
    leader && headline
      ? t('japan.title', {
          leader: investorName(data.investors, leader.commitment.investor, settings.lang),
          period: formatPeriod(headline.commitment.period, settings.lang),
          rank: String(microsoft + 1),
          count: String(ranked.length),
        })
      : t('nav.japan');
  const subtitle =
    settings.currency === 'original'
      ? t('japan.subtitleOriginal')
      : t('japan.subtitle', { unit: unitLabel(settings.currency, t) });
  return { rows, title, subtitle };
}

/** Microsoft's commitments across Asia-Pacific: where the largest one goes. */
export function apacFinding(data: Landscape, settings: DisplaySettings, t: TFunction): Finding {
  const microsoft = data.commitments.filter((c) => c.investor === 'microsoft');
  const { rows, ranked } = rankedRows(microsoft, data, settings, t, 'USD', { labelByCountry: true });
  const top = ranked[0];
  const title = top
    ? t('apac.title', {
        country: t(`country.${top.commitment.country}`),
        amount: rows.find((r) => r.commitment.id === top.commitment.id)?.shown.text ?? top.shown.announced,
      })
    : t('nav.apac');
  const subtitle =
    settings.currency === 'original'
      ? t('apac.subtitleOriginal')
      : t('apac.subtitle', { unit: unitLabel(settings.currency, t) });
  return { rows, title, subtitle };
}
