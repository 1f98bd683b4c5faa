import { useTranslation } from 'react-i18next';

/** The dashboard's way into the deck. */
export function PresentButton({ onPresent }: { onPresent: () => void }) {
  const { t } = useTranslation('present');
  return (
    <button type="button" className="present-button" onClick={onPresent} title={t('entry.description')}>
      <span aria-hidden="true">▶ </span>
      {t('entry.present')}
    </button>
  );
}
