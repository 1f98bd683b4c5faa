import { useTranslation } from 'react-i18next';
import { isFlagged } from '../lib/describe';
import type { Lang } from '../lib/format';
import type { Source, Verification } from '../lib/schema';
import { SourceCitations } from './SourceLine';

export function StatusBadge({ status }: { status: Verification['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`status status--${status}`}>
      <span aria-hidden="true">{isFlagged(status) ? '⚠ ' : '✓ '}</span>
      {t(`status.${status}`)}
    </span>
  );
}

/** The fact check beside a figure: the status, what the public record says, and its sources. */
export function VerificationNote({
  verification,
  sources,
}: {
  verification: Verification;
  sources: readonly Source[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  return (
    <div className={`verification${isFlagged(verification.status) ? ' verification--flagged' : ''}`}>
      <p>
        <strong>{t('status.label')}</strong>
        {t('source.separator')}
        <StatusBadge status={verification.status} /> {verification.publicRecord[lang]}
      </p>
      {sources.length > 0 && (
        <p className="source-line">
          {t('source.labelPlural')}
          {t('source.separator')}
          <SourceCitations sources={sources} />
        </p>
      )}
    </div>
  );
}
