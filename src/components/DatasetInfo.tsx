// The date the dataset was last checked, for every figure and export to say: given once by the app.
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, PartialDate } from '../lib/format';
import { formatPartialDate } from '../lib/format';

export const DatasetAsOf = createContext<PartialDate | undefined>(undefined);

/** "Data as of Dec 1, 2026" in the page's language, or undefined before the data is there. */
export function useAsOfLine(): string | undefined {
  const asOf = useContext(DatasetAsOf);
  const { t, i18n } = useTranslation();
  return asOf ? t('dataset.asOf', { date: formatPartialDate(asOf, i18n.language as Lang) }) : undefined;
}
