import { useTranslation } from 'react-i18next';
import { yearOf } from '../../../lib/convert';
import { showAmount, verificationOf } from '../../../lib/describe';
import { formatCount, formatMoney, formatMultiple, formatPeriod } from '../../../lib/format';
import { growthBetween } from '../../../lib/growth';
import type { SlideProps } from './slide-props';
import { SlideFlag, SlideLayout } from './SlideParts';

/** ¥1.6 trillion for 2026–2029, ×55 against 2014, the skills target and the regions, each with its check. */
export function HeadlineSlide({ data, settings }: SlideProps) {
  const { t } = useTranslation();
  const { lang } = settings;
  const commitment = data.commitments.find((c) => c.id === 'ms-jp-2026');
  const earlier = data.commitments.find((c) => c.id === 'ms-jp-2014');
  const skills = data.facts.find((f) => f.kind === 'skills-target');
  const regions = data.facts.find((f) => f.kind === 'regions');
  if (!commitment) return null;
  const shown = showAmount(commitment, data, settings);
  const period = formatPeriod(commitment.period, lang);
  const growth = earlier ? growthBetween(earlier, commitment, data.rates) : undefined;
  const sources = [
    ...commitment.sources,
    ...(earlier?.sources ?? []),
    ...(skills?.sources ?? []),
    ...(regions?.sources ?? []),
  ];
  return (
    <SlideLayout
      title={t('overview.title', { amount: shown.announced, period })}
      sources={sources}
      data={data}
    >
      <div className="slide-stats">
        <div className="slide-stat">
          <p className="slide-number">{shown.text}</p>
          <p className="slide-stat-label">{t('overview.commitment', { period })}</p>
          {shown.converted && (
            <p className="slide-stat-note">{t('chart.tooltipAnnounced', { amount: shown.announced })}</p>
          )}
          <SlideFlag verification={verificationOf(data, commitment.verification)} lang={lang} />
        </div>
        {earlier && growth && (
          <div className="slide-stat">
            <p className="slide-number">{formatMultiple(growth.asAnnounced, lang)}</p>
            <p className="slide-stat-label">
              {t('overview.growthLabel', {
                amount: formatMoney(earlier.amount.value, earlier.amount.currency, lang),
                year: String(yearOf(earlier.announced) ?? ''),
              })}
            </p>
            <SlideFlag verification={verificationOf(data, earlier.verification)} lang={lang} />
          </div>
        )}
        {skills?.kind === 'skills-target' && (
          <div className="slide-stat">
            <p className="slide-number">{formatCount(skills.people, lang)}</p>
            <p className="slide-stat-label">{t('overview.skillsLabel', { year: String(skills.byYear) })}</p>
            <SlideFlag verification={verificationOf(data, skills.verification)} lang={lang} />
          </div>
        )}
        {regions?.kind === 'regions' && (
          <div className="slide-stat">
            <p className="slide-number slide-number--text">
              {t('overview.regions', { tokyo: t('region.tokyo'), osaka: t('region.osaka') })}
            </p>
            <p className="slide-stat-label">{t('overview.regionsLabel')}</p>
            <SlideFlag verification={verificationOf(data, regions.verification)} lang={lang} />
          </div>
        )}
      </div>
    </SlideLayout>
  );
}
