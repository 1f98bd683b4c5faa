import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { commitmentRows } from '../../../lib/commitment-rows';
import { unitLabel } from '../../../lib/describe';
import type { SlideProps } from './slide-props';
import { CommitmentsSlide } from './CommitmentsSlide';

/** Microsoft across Asia-Pacific, from the article and the public record. */
export function ApacSlide({ data, settings, chartScale }: SlideProps) {
  const { t } = useTranslation();
  const microsoft = useMemo(() => data.commitments.filter((c) => c.investor === 'microsoft'), [data]);
  const rows = useMemo(
    () => commitmentRows(microsoft, data, settings, t, { labelByCountry: true }),
    [microsoft, data, settings, t],
  );
  const ranked = useMemo(
    () =>
      settings.currency === 'original'
        ? commitmentRows(microsoft, data, { ...settings, currency: 'USD' }, t)
        : rows,
    [microsoft, data, settings, t, rows],
  );
  const top = ranked[0];
  const title = top
    ? t('apac.title', {
        country: t(`country.${top.commitment.country}`),
        amount: rows.find((r) => r.commitment.id === top.commitment.id)?.shown.text ?? top.shown.announced,
      })
    : t('nav.apac');
  const unit =
    settings.currency === 'original'
      ? t('apac.subtitleOriginal')
      : t('apac.subtitle', { unit: unitLabel(settings.currency, t) });
  return (
    <CommitmentsSlide
      title={title}
      subtitle={unit}
      note={t('apac.articleNote')}
      rows={rows}
      data={data}
      lang={settings.lang}
      chartScale={chartScale}
    />
  );
}
