import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { apacFinding } from '../../../lib/findings';
import type { SlideProps } from './slide-props';
import { CommitmentsSlide } from './CommitmentsSlide';

/** Microsoft across Asia-Pacific, from the article and the public record. */
export function ApacSlide({ data, settings, chartScale }: SlideProps) {
  const { t } = useTranslation();
  const { rows, title, subtitle } = useMemo(() => apacFinding(data, settings, t), [data, settings, t]);
  return (
    <CommitmentsSlide
      title={title}
      subtitle={subtitle}
      note={t('apac.articleNote')}
      rows={rows}
      data={data}
      lang={settings.lang}
      chartScale={chartScale}
    />
  );
}
