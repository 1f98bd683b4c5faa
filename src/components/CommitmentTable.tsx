import { useTranslation } from 'react-i18next';
import { investorName } from '../lib/investors';
import type { CommitmentRow } from '../lib/commitment-rows';
import { describeRates, sourcesById } from '../lib/describe';
import type { Lang } from '../lib/format';
import { formatPartialDate, formatPeriod } from '../lib/format';
import type { Landscape } from '../lib/schema';
import { RecordNotes } from './RecordNotes';
import { SourceCitations } from './SourceLine';
import { StatusBadge } from './VerificationNote';

/** The text alternative of a commitments chart: every figure, its source and its fact check. */
export function CommitmentTable({
  rows,
  data,
  caption,
}: {
  rows: readonly CommitmentRow[];
  data: Landscape;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const anyConverted = rows.some((r) => r.shown.converted);
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.investor')}</th>
            <th scope="col">{t('table.country')}</th>
            <th scope="col">{t('table.amount')}</th>
            {anyConverted && <th scope="col">{t('table.shown')}</th>}
            <th scope="col">{t('table.period')}</th>
            <th scope="col">{t('table.announced')}</th>
            <th scope="col">{t('table.provenance')}</th>
            <th scope="col">{t('table.check')}</th>
            <th scope="col">{t('table.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ commitment: c, shown, verification }) => (
            <tr key={c.id} data-record={c.id}>
              <th scope="row">{investorName(data.investors, c.investor, lang)}</th>
              <td>{t(`country.${c.country}`)}</td>
              <td className="num">{shown.announced}</td>
              {anyConverted && (
                <td className="num">
                  {shown.converted ? (
                    <>
                      {shown.text}
                      <span className="cell-note">{describeRates(shown.rates, lang, t)}</span>
                    </>
                  ) : (
                    shown.text
                  )}
                </td>
              )}
              <td>{formatPeriod(c.period, lang)}</td>
              <td>{formatPartialDate(c.announced, lang)}</td>
              <td>{t(`provenance.${c.provenance}`)}</td>
              <td>
                {verification ? (
                  <>
                    <StatusBadge status={verification.status} />
                    <span className="cell-note">{verification.publicRecord[lang]}</span>
                  </>
                ) : (
                  !c.note && !c.relations && c.scope === undefined && '—'
                )}
                <RecordNotes commitment={c} data={data} />
              </td>
              <td className="cell-sources">
                <SourceCitations sources={sourcesById(data, c.sources)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
