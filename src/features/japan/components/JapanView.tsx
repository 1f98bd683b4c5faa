import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitmentsFigure } from '../../../components/CommitmentsFigure';
import { commitmentRows } from '../../../lib/commitment-rows';
import { unitLabel } from '../../../lib/describe';
import { formatPeriod } from '../../../lib/format';
import type { ViewProps } from '../../../lib/view-props';

/** AWS, Microsoft, Google and Oracle in Japan, compared in the chosen currency. */
export function JapanView({ data, settings }: ViewProps) {
  const { t } = useTranslation();
  const japan = useMemo(() => data.commitments.filter((c) => c.country === 'JP'), [data]);
  const rows = useMemo(() => commitmentRows(japan, data, settings, t), [japan, data, settings, t]);
  // Rows come sorted in the display currency; shown as announced they share no unit, so rank them in yen.
  const ranked = useMemo(
    () =>
      settings.currency === 'original'
        ? commitmentRows(japan, data, { ...settings, currency: 'JPY' }, t)
        : rows,
    [japan, data, settings, t, rows],
  );
  const microsoft = ranked.findIndex((r) => r.commitment.id === 'ms-jp-2026');
  const leader = ranked[0];
  const headline = ranked[microsoft];
  const title =
    leader && headline
      ? t('japan.title', {
          leader: t(`investor.${leader.commitment.investor}`),
          period: formatPeriod(headline.commitment.period, settings.lang),
          rank: String(microsoft + 1),
          count: String(ranked.length),
        })
      : t('nav.japan');
  const subtitle =
    settings.currency === 'original'
      ? t('japan.subtitleOriginal')
      : t('japan.subtitle', { unit: unitLabel(settings.currency, t) });
  return <CommitmentsFigure id="japan" title={title} subtitle={subtitle} rows={rows} data={data} />;
}
