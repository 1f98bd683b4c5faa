import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitmentsFigure } from '../../../components/CommitmentsFigure';
import { commitmentRows } from '../../../lib/commitment-rows';
import { unitLabel } from '../../../lib/describe';
import type { ViewProps } from '../../../lib/view-props';

/** Microsoft's commitments across Asia-Pacific: the article's and the public record's. */
export function ApacView({ data, settings }: ViewProps) {
  const { t } = useTranslation();
  const microsoft = useMemo(() => data.commitments.filter((c) => c.investor === 'microsoft'), [data]);
  const rows = useMemo(
    () => commitmentRows(microsoft, data, settings, t, { labelByCountry: true }),
    [microsoft, data, settings, t],
  );
  // Rows come sorted in the display currency; shown as announced they share no unit, so rank them in dollars.
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
  const subtitle =
    settings.currency === 'original'
      ? t('apac.subtitleOriginal')
      : t('apac.subtitle', { unit: unitLabel(settings.currency, t) });
  return (
    <>
      <CommitmentsFigure
        id="apac"
        title={title}
        subtitle={subtitle}
        note={t('apac.articleNote')}
        rows={rows}
        data={data}
      />
    </>
  );
}
