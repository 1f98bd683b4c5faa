import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../lib/url-state';
import { THEMES } from '../../../lib/url-state';

/** Light, dark, the high-contrast projector theme, or auto (the system's light or dark). */
export function ThemeSwitch({ value, onChange }: { value: Theme; onChange: (theme: Theme) => void }) {
  const { t } = useTranslation('present');
  const id = useId();
  return (
    <span className="theme-switch">
      <label htmlFor={id}>{t('theme.label')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as Theme)}>
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {t(`theme.${theme}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
