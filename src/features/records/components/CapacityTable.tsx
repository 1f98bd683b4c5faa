import { useTranslation } from 'react-i18next';
import { SourceCitations } from '../../../components/SourceLine';
import { sourcesById } from '../../../lib/describe';
import type { Lang } from '../../../lib/format';
import { formatCapacity, formatPartialDate, formatPeriod } from '../../../lib/format';
import { investorName } from '../../../lib/investors';
import type { Landscape } from '../../../lib/schema';

/** Commitments stated in GPUs or megawatts, with no value: records too, never in a money total. */
export function CapacityTable({ data }: { data: Landscape }) {
  const { t, i18n } = useTranslation();
  const { t: tx } = useTranslation('explorer');
  const lang = i18n.language as Lang;
  if (data.capacities.length === 0) return null;
  return (
    <>
      <h3 id="capacity-title">{tx('records.capacityTitle', { count: data.capacities.length })}</h3>
      <p className="cell-note">{tx('records.capacityNote')}</p>
      <div className="table-scroll" role="region" aria-labelledby="capacity-title" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('table.investor')}</th>
              <th scope="col">{t('table.country')}</th>
              <th scope="col">{tx('records.capacity')}</th>
              <th scope="col">{t('table.announced')}</th>
              <th scope="col">{t('table.period')}</th>
              <th scope="col">{t('table.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {data.capacities.map((c) => (
              <tr key={c.id} data-record={c.id}>
                <th scope="row">{investorName(data.investors, c.investor, lang)}</th>
                <td>{t(`country.${c.country}`)}</td>
                <td className="num">{formatCapacity(c.capacity.value, c.capacity.unit, lang)}</td>
                <td>{formatPartialDate(c.announced, lang)}</td>
                <td>{formatPeriod(c.period, lang)}</td>
                <td className="cell-sources">
                  <span className="cell-note">{c.text[lang]}</span>
                  {c.note && <span className="cell-note">{c.note[lang]}</span>}
                  <SourceCitations sources={sourcesById(data, c.sources)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
