import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { japanFinding } from '../../../lib/findings';
import type { SlideProps } from './slide-props';
import { CommitmentsSlide } from './CommitmentsSlide';

/** AWS, Microsoft, Google and Oracle in Japan: the title ranks them as the dashboard's Japan view does. */
export function JapanSlide({ data, settings, chartScale }: SlideProps) {
  const { t } = useTranslation();
  const { rows, title, subtitle } = useMemo(() => japanFinding(data, settings, t), [data, settings, t]);
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
