import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../lib/format';
import { LANGS } from '../../../lib/url-state';

/** Two buttons, each named in its own language, so a reader of either can find theirs. */
export function LanguageSwitch({ value, onChange }: { value: Lang; onChange: (lang: Lang) => void }) {
  const { t } = useTranslation();
  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={value === lang}
          onClick={() => onChange(lang)}
        >
          {t(`language.${lang}`)}
        </button>
      ))}
    </div>
  );
}
