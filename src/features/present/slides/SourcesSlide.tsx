import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/VerificationNote';
import { isFlagged } from '../../../lib/describe';
import { formatPartialDate } from '../../../lib/format';
import type { SlideProps } from './slide-props';
import { SlideLayout } from './SlideParts';

/** The article's claims against the public record, at a glance. */
export function SourcesSlide({ data, settings }: SlideProps) {
  const { t: tp } = useTranslation('present');
  const { t } = useTranslation();
  const { lang } = settings;
  const flagged = data.verification.filter((v) => isFlagged(v.status)).length;
  const article = data.sources.filter((s) => s.kind === 'article').map((s) => s.id);
  return (
    <SlideLayout
      title={tp('slide.sourcesTitle', {
        flagged: String(flagged),
        count: String(data.verification.length),
      })}
      subtitle={
        <>
          <p>{tp('slide.sourcesSubtitle')}</p>
          <p>{tp('slide.sourceCount', { count: String(data.sources.length) })}</p>
          {data.dataset[0] && (
            <p className="slide-as-of">
              {t('dataset.asOf', { date: formatPartialDate(data.dataset[0].asOf, lang) })}
            </p>
          )}
        </>
      }
      sources={article}
      data={data}
    >
      <ul className="slide-claims">
        {data.verification.map((v) => (
          <li key={v.id}>
            <StatusBadge status={v.status} /> <span className="slide-claim">{v.claim[lang]}</span>
          </li>
        ))}
      </ul>
    </SlideLayout>
  );
}
