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
  const ranked = useMemo(
    () => commitmentRows(microsoft, data, { ...settings, currency: 'USD' }, t),
    [microsoft, data, settings, t],
  );
  const top = ranked[0];
  const title = top
    ? t('apac.title', {
        country: t(`country.${top.commitment.country}`),
        amount: (rows.find((r) => r.commitment.id === top.commitment.id) ?? top).shown.text,
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
