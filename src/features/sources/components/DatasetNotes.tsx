import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../lib/format';
import { formatPartialDate, joinList } from '../../../lib/format';
import type { Landscape } from '../../../lib/schema';
import { COUNTRIES } from '../../../lib/schema';

/** When the data was last checked, what changed in it, and what was searched for and not found (or not added). */
export function DatasetNotes({ data, lang }: { data: Landscape; lang: Lang }) {
  const { t } = useTranslation();
  const info = data.dataset[0];
  if (!info) return null;
  const changes = [...info.changes].sort((a, b) => b.date.date.localeCompare(a.date.date));
  return (
    <>
      <h3 id="changes">{t('dataset.changesTitle')}</h3>
      <p>{t('dataset.asOf', { date: formatPartialDate(info.asOf, lang) })}</p>
      {changes.length === 0 ? (
        <p>{t('dataset.noChanges')}</p>
      ) : (
        <ul className="plain-list dataset-changes">
          {changes.map((change, i) => (
            <li key={`${change.date.date}-${i}`} data-change={change.kind}>
              <strong>
                {formatPartialDate(change.date, lang)}
                {t('source.separator')}
                {t(`dataset.kind.${change.kind}`)}
              </strong>{' '}
              {change.text[lang]}{' '}
              <span className="cell-note">
                {t('dataset.records', { ids: joinList(change.records, lang) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 id="searches">{t('dataset.searchesTitle')}</h3>
      <p className="cell-note">{t('dataset.searchesIntro')}</p>
      <ul className="plain-list dataset-searches">
        {info.searches.map((search, i) => (
          <li key={i}>
            <strong>
              {search.countries.length === COUNTRIES.length
                ? t('dataset.allEconomies')
                : joinList(
                    search.countries.map((c) => t(`country.${c}`)),
                    lang,
                  )}
            </strong>
            {t('source.separator')}
            {search.text[lang]}{' '}
            <span className="cell-note">
              {t('dataset.searched', { date: formatPartialDate(search.date, lang) })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
