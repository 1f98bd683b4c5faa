import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitmentsFigure } from '../../../components/CommitmentsFigure';
import { japanFinding } from '../../../lib/findings';
import type { ViewProps } from '../../../lib/view-props';

/** AWS, Microsoft, Google and Oracle in Japan, compared in the chosen currency. */
export function JapanView({ data, settings }: ViewProps) {
  const { t } = useTranslation();
  const { rows, title, subtitle } = useMemo(() => japanFinding(data, settings, t), [data, settings, t]);
  return <CommitmentsFigure id="japan" title={title} subtitle={subtitle} rows={rows} data={data} />;
}
