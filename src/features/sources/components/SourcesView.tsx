import { useTranslation } from 'react-i18next';
import { CommitmentTable } from '../../../components/CommitmentTable';
import { SourceCitations } from '../../../components/SourceLine';
import { StatusBadge } from '../../../components/VerificationNote';
import { commitmentRows, limitRows } from '../../../lib/commitment-rows';
import { sourcesById } from '../../../lib/describe';
import { formatCount, formatNumber, formatPartialDate, formatRate } from '../../../lib/format';
import type { ViewProps } from '../../../lib/view-props';
import { DatasetNotes } from './DatasetNotes';

/** Every record with its source and provenance, and the article's claims checked against the public record. */
export function SourcesView({ data, settings }: ViewProps) {
  const { t } = useTranslation();
  const { lang } = settings;
  const { t: tx } = useTranslation('explorer');
  const allRows = commitmentRows(data.commitments, data, settings, t, { labelByCountry: true });
  const rows = limitRows(allRows);
  // The user's own records bring a source each; they are listed under My records, not in the dataset's list.
  const userSources = new Set(
    data.commitments.filter((c) => c.provenance === 'mine').flatMap((c) => c.sources),
  );
  const datasetSources = data.sources.filter((s) => !userSources.has(s.id));
  return (
    <section aria-labelledby="sources-title" className="sources">
      <h2 id="sources-title" className="view-title">
        {t('sources.title')}
      </h2>
      <p className="lede">{t('sources.intro')}</p>

      <h3>{t('sources.verificationTitle')}</h3>
      <div className="table-scroll" role="region" aria-label={t('sources.verificationTitle')} tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('table.claim')}</th>
              <th scope="col">{t('table.inArticle')}</th>
              <th scope="col">{t('table.status')}</th>
              <th scope="col">{t('table.inRecord')}</th>
              <th scope="col">{t('table.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {data.verification.map((v) => (
              <tr key={v.id} data-record={v.id}>
                <th scope="row">{v.claim[lang]}</th>
                <td>{v.article[lang]}</td>
                <td>
                  <StatusBadge status={v.status} />
                </td>
                <td>{v.publicRecord[lang]}</td>
                <td className="cell-sources">
                  <SourceCitations sources={sourcesById(data, v.sources)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('sources.recordsTitle')}</h3>
      <CommitmentTable rows={rows} data={data} caption={t('sources.recordsTitle')} />
      {allRows.length > rows.length && (
        <p className="cell-note">{tx('figure.limit', { shown: rows.length, count: allRows.length })}</p>
      )}

      <h3>{t('sources.factsTitle')}</h3>
      <ul className="plain-list">
        {data.facts.map((f) => (
          <li key={f.id} data-record={f.id}>
            <strong>
              {f.kind === 'skills-target'
                ? t('sources.skillsFact', {
                    count: formatCount(f.people, lang, 'people'),
                    year: String(f.byYear),
                  })
                : t('overview.regions', { tokyo: t('region.tokyo'), osaka: t('region.osaka') })}
            </strong>{' '}
            {f.text[lang]} · {t(`provenance.${f.provenance}`)} ·{' '}
            <SourceCitations sources={sourcesById(data, f.sources)} />
          </li>
        ))}
      </ul>

      <h3>{t('sources.ratesTitle')}</h3>
      <div className="table-scroll" role="region" aria-label={t('sources.ratesTitle')} tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('table.rate')}</th>
              <th scope="col">{t('table.basis')}</th>
              <th scope="col">{t('table.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rates.map((r) => (
              <tr key={r.id} data-record={r.id}>
                <th scope="row" className="num">
                  {formatRate(r.unitsPerUsd, r.currency, lang)}
                  {r.direction === 'usd-per-unit' && (
                    <span className="cell-note">
                      {t('rate.published', {
                        value: formatNumber(r.value, lang, { min: 4, max: 4 }),
                        currency: r.currency,
                      })}
                    </span>
                  )}
                </th>
                <td>
                  {r.note?.[lang] ??
                    t('rate.basis.year-average', { rate: r.currency, year: String(r.year ?? '') })}
                  {r.date && ` (${formatPartialDate(r.date, lang)})`}
                </td>
                <td className="cell-sources">
                  <SourceCitations sources={sourcesById(data, [r.source])} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('sources.sourcesTitle')}</h3>
      <ul className="plain-list">
        {datasetSources.map((s) => (
          <li key={s.id} data-source={s.id}>
            <SourceCitations sources={[s]} withTitle />
            {s.missing && (
              <span className="cell-note"> {t('source.missing', { reason: s.missing[lang] })}</span>
            )}
          </li>
        ))}
      </ul>

      <DatasetNotes data={data} lang={lang} />
    </section>
  );
}
