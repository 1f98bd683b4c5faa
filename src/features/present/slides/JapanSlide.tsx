import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { commitmentRows } from '../../../lib/commitment-rows';
import { unitLabel } from '../../../lib/describe';
import { formatPeriod } from '../../../lib/format';
import type { SlideProps } from './slide-props';
import { CommitmentsSlide } from './CommitmentsSlide';

/** AWS, Microsoft, Google and Oracle in Japan: the title ranks them as the dashboard's Japan view does. */
export function JapanSlide({ data, settings, chartScale }: SlideProps) {
  const { t } = useTranslation();
  const japan = useMemo(() => data.commitments.filter((c) => c.country === 'JP'), [data]);
  const rows = useMemo(() => commitmentRows(japan, data, settings, t), [japan, data, settings, t]);
  const ranked = useMemo(
    () =>
      settings.currency === 'original'
        ? commitmentRows(japan, data, { ...settings, currency: 'JPY' }, t)
        : rows,
    [japan, data, settings, t, rows],
  );
  const index = ranked.findIndex((r) => r.commitment.id === 'ms-jp-2026');
  const leader = ranked[0];
  const headline = ranked[index];
  const title =
    leader && headline
      ? t('japan.title', {
          leader: t(`investor.${leader.commitment.investor}`),
          period: formatPeriod(headline.commitment.period, settings.lang),
          rank: String(index + 1),
          count: String(ranked.length),
        })
      : t('nav.japan');
  const subtitle =
    settings.currency === 'original'
      ? t('japan.subtitleOriginal')
      : t('japan.subtitle', { unit: unitLabel(settings.currency, t) });
  return (
    <CommitmentsSlide
      title={title}
      subtitle={subtitle}
      rows={rows}
      data={data}
      lang={settings.lang}
      chartScale={chartScale}
    />
  );
}
