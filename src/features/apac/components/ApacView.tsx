import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitmentsFigure } from '../../../components/CommitmentsFigure';
import { apacFinding } from '../../../lib/findings';
import type { ViewProps } from '../../../lib/view-props';

/** Microsoft's commitments across Asia-Pacific: the article's and the public record's. */
export function ApacView({ data, settings }: ViewProps) {
  const { t } = useTranslation();
  const { rows, title, subtitle } = useMemo(() => apacFinding(data, settings, t), [data, settings, t]);
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
