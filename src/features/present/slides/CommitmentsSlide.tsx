import { useTranslation } from 'react-i18next';
import { investorColour } from '../../../lib/investors';
import { HorizontalBarChart } from '../../../components/charts/HorizontalBarChart';
import type { CommitmentRow } from '../../../lib/commitment-rows';
import { groupByCurrency, ratesInUse } from '../../../lib/commitment-rows';
import { describeRates } from '../../../lib/describe';
import type { Lang } from '../../../lib/format';
import { currencySymbol, formatMoney } from '../../../lib/format';
import type { Landscape } from '../../../lib/schema';
import { SlideLayout, labelColumnWidth } from './SlideParts';

/** A commitments chart for a slide: labels beside the bars, one panel per currency when shown as announced. */
/** The most rows a chart slide draws. */
export const SLIDE_ROW_LIMIT = 8;

export function CommitmentsSlide({
  title,
  subtitle,
  note,
  rows: allRows,
  data,
  lang,
  chartScale,
}: {
  title: string;
  subtitle: string;
  /** A sentence under the subtitle that qualifies the finding. */
  note?: string;
  rows: readonly CommitmentRow[];
  data: Landscape;
  lang: Lang;
  chartScale: number;
}) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('present');
  const { t: tx } = useTranslation('explorer');
  // A slide is read from the back of a room: the largest few, and a note that says how many the dashboard lists.
  const rows = allRows.slice(0, SLIDE_ROW_LIMIT);
  const groups = groupByCurrency(rows);
  const rates = ratesInUse(rows);
  const labelWidth = labelColumnWidth(
    rows.map((r) => r.label),
    chartScale,
  );
  return (
    <SlideLayout
      title={title}
      subtitle={
        <>
          <p>{subtitle}</p>
          {note && <p>{note}</p>}
          {rates.length > 0 && <p>{t('chart.rateLine', { rate: describeRates(rates, lang, t) })}</p>}
        </>
      }
      notes={
        <>
          {rows.some((r) => r.flagged) && <p className="slide-flag">{tp('slide.flagLegend')}</p>}
          {rows.some((r) => r.shown.converted) && <p className="slide-note">{t('currency.hint')}</p>}
          {allRows.length > rows.length && (
            <p className="slide-note">{tx('figure.limit', { shown: rows.length, count: allRows.length })}</p>
          )}
        </>
      }
      sources={rows.flatMap((r) => r.commitment.sources)}
      data={data}
    >
      {groups.map(([currency, groupRows]) => (
        <div key={currency} className="slide-panel">
          {groups.length > 1 && (
            <h3 className="slide-panel-title">
              {t('japan.notComparable', { currency: currencySymbol(currency, lang) })}
            </h3>
          )}
          <HorizontalBarChart
            ariaLabel={t('chart.figureLabel', { title })}
            axisFormatter={(value) => formatMoney(value, currency, lang, { style: 'axis' })}
            renderTooltip={(id) => {
              const row = groupRows.find((r) => r.commitment.id === id);
              return row ? (
                <>
                  <p className="tooltip-title">{row.label}</p>
                  <p className="tooltip-value">{row.shown.text}</p>
                </>
              ) : null;
            }}
            scale={chartScale}
            labelWidth={labelWidth}
            axis={groups.length === 1}
            data={groupRows.map((row) => ({
              id: row.commitment.id,
              label: row.label,
              value: row.shown.value,
              valueLabel: `${row.shown.text}${row.flagged ? ' ⚠' : ''}`,
              color: investorColour(data.investors, row.commitment.investor),
              flagged: row.flagged,
            }))}
          />
        </div>
      ))}
    </SlideLayout>
  );
}
