import { useTranslation } from 'react-i18next';

/** What a view shows when the filters leave it nothing. */
export function NoMatch({ onReset, what }: { onReset?: () => void; what?: string }) {
  const { t } = useTranslation('explorer');
  return (
    <div className="state state--empty">
      <h2>{what ?? t('filters.noMatch')}</h2>
      {onReset && (
        <button type="button" className="button" onClick={onReset}>
          {t('filters.reset')}
        </button>
      )}
    </div>
  );
}
