import { useTranslation } from 'react-i18next';
import type { CommitmentRow } from '../lib/commitment-rows';
import { groupByCurrency, limitRows, ratesInUse } from '../lib/commitment-rows';
import { describeRates, sourcesById } from '../lib/describe';
import type { Lang } from '../lib/format';
import { currencySymbol, formatMoney } from '../lib/format';
import type { Landscape } from '../lib/schema';
import { HorizontalBarChart } from './charts/HorizontalBarChart';
import { CommitmentTable } from './CommitmentTable';
import { SourceLine } from './SourceLine';

interface Props {
  id: string;
  title: string;
  subtitle: string;
  /** A sentence under the subtitle that qualifies the finding. */
  note?: string;
  rows: readonly CommitmentRow[];
  data: Landscape;
}

/** A finding as a title, its chart (one panel per currency when shown as announced), the rate, the table and the sources. */
export function CommitmentsFigure({ id, title, subtitle, note, rows: allRows, data }: Props) {
  const { t, i18n } = useTranslation();
  const { t: tx } = useTranslation('explorer');
  const lang = i18n.language as Lang;
  const rows = limitRows(allRows);
  const groups = groupByCurrency(rows);
  const rates = ratesInUse(rows);
  const sourceIds = [...new Set(rows.flatMap((r) => r.commitment.sources))];
  const byId = new Map(rows.map((r) => [r.commitment.id, r]));

  const tooltip = (recordId: string) => {
    const row = byId.get(recordId);
    if (!row) return null;
    return (
      <>
        <p className="tooltip-title">{row.label}</p>
        <p className="tooltip-value">{row.shown.text}</p>
        {row.shown.converted && (
          <p>
            {t('chart.tooltipAnnounced', { amount: row.shown.announced })}
            <br />
            {t('rate.convertedAt', { rates: describeRates(row.shown.rates, lang, t) })}
          </p>
        )}
        <p>{t(`provenance.${row.commitment.provenance}`)}</p>
        {row.verification && row.flagged && (
          <p className="tooltip-flag">
            ⚠ {t(`status.${row.verification.status}`)}: {row.verification.publicRecord[lang]}
          </p>
        )}
      </>
    );
  };

  return (
    <figure className="figure" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="figure-title">
        {title}
      </h2>
      <p className="figure-subtitle">{subtitle}</p>
      {note && <p className="figure-subtitle">{note}</p>}
      {rates.length > 0 && (
        <p className="figure-rate">{t('chart.rateLine', { rate: describeRates(rates, lang, t) })}</p>
      )}
      {rows.length === 0 && <p className="notice">{tx('figure.empty')}</p>}
      {groups.map(([currency, groupRows]) => (
        <div key={currency} className="figure-panel">
          {groups.length > 1 && (
            <h3 className="panel-title">
              {t('japan.notComparable', { currency: currencySymbol(currency, lang) })}
            </h3>
          )}
          <HorizontalBarChart
            ariaLabel={t('chart.figureLabel', { title })}
            axisFormatter={(value) => formatMoney(value, currency, lang, { style: 'axis' })}
            renderTooltip={tooltip}
            data={groupRows.map((row) => ({
              id: row.commitment.id,
              label: row.label,
              value: row.shown.value,
              valueLabel: `${row.shown.text}${row.flagged ? ' ⚠' : ''}`,
              color: `var(--investor-${row.commitment.investor})`,
              flagged: row.flagged,
            }))}
          />
        </div>
      ))}
      <div className="figure-notes">
        {allRows.length > rows.length && (
          <p>{tx('figure.limit', { shown: rows.length, count: allRows.length })}</p>
        )}
        {rows.some((r) => r.flagged) && <p>{t('chart.flagLegend')}</p>}
        {rows.some((r) => r.shown.converted) && <p>{t('currency.hint')}</p>}
      </div>
      <details className="figure-table" open>
        <summary>{t('table.show')}</summary>
        <CommitmentTable rows={rows} data={data} caption={title} />
      </details>
      <figcaption>
        <SourceLine sources={sourcesById(data, sourceIds)} />
      </figcaption>
    </figure>
  );
}
