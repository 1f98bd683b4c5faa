import { memo, useCallback, useMemo, useRef } from 'react';
import { investorColour } from '../lib/investors';
import { useTranslation } from 'react-i18next';
import type { CommitmentRow } from '../lib/commitment-rows';
import { groupByCurrency, limitRows, ratesInUse } from '../lib/commitment-rows';
import { describeRates, sourcesById } from '../lib/describe';
import { commitmentCsvRows, sourceLineText } from '../lib/export-rows';
import type { Lang } from '../lib/format';
import { currencySymbol, formatMoney } from '../lib/format';
import type { Landscape } from '../lib/schema';
import { HorizontalBarChart } from './charts/HorizontalBarChart';
import { ChartBoundary } from './ChartBoundary';
import { CommitmentTable } from './CommitmentTable';
import { FigureExport } from './FigureExport';
import { SourceLine } from './SourceLine';
import { useCsvWords } from './use-csv-words';

interface Props {
  id: string;
  title: string;
  subtitle: string;
  /** A sentence under the subtitle that qualifies the finding. */
  note?: string;
  rows: readonly CommitmentRow[];
  data: Landscape;
}

/**
 * A finding as a title, its chart (one panel per currency when shown as announced), the rate, the table and the sources.
 * Memoized, with stable chart props, so that a render of the page that changes none of its rows redraws no chart.
 */
export const CommitmentsFigure = memo(function CommitmentsFigure({
  id,
  title,
  subtitle,
  note,
  rows: allRows,
  data,
}: Props) {
  const { t, i18n } = useTranslation();
  const { t: tx } = useTranslation('explorer');
  const lang = i18n.language as Lang;
  // A figure draws at most CHART_ROW_LIMIT rows (thousands of imported records stay readable); its note says so.
  const rows = useMemo(() => limitRows(allRows), [allRows]);
  const rates = ratesInUse(rows);
  const sourceIds = [...new Set(rows.flatMap((r) => r.commitment.sources))];
  const byId = useMemo(() => new Map(rows.map((r) => [r.commitment.id, r])), [rows]);
  const panels = useMemo(
    () =>
      groupByCurrency(rows).map(([currency, groupRows]) => ({
        currency,
        axisFormatter: (value: number) => formatMoney(value, currency, lang, { style: 'axis' }),
        data: groupRows.map((row) => ({
          id: row.commitment.id,
          label: row.label,
          value: row.shown.value,
          valueLabel: `${row.shown.text}${row.flagged ? ' ⚠' : ''}`,
          color: investorColour(data.investors, row.commitment.investor),
          flagged: row.flagged,
        })),
      })),
    [rows, lang, data.investors],
  );
  const figureRef = useRef<HTMLElement>(null);
  const csvWords = useCsvWords();
  const rateLine =
    rates.length > 0 ? t('chart.rateLine', { rate: describeRates(rates, lang, t) }) : undefined;
  const sources = sourcesById(data, sourceIds);
  const notes = [
    ...(allRows.length > rows.length
      ? [tx('figure.limit', { shown: rows.length, count: allRows.length })]
      : []),
    ...(rows.some((r) => r.flagged) ? [t('chart.flagLegend')] : []),
    ...(rows.some((r) => r.shown.converted) ? [t('currency.hint')] : []),
  ];
  // The file name says which currency the figures are in: one code, or "original" when shown as announced.
  const shownIn = panels.length === 1 ? (panels[0]?.currency ?? 'original') : 'original';

  const tooltip = useCallback(
    (recordId: string) => {
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
    },
    [byId, lang, t],
  );

  return (
    <figure className="figure" aria-labelledby={`${id}-title`} ref={figureRef}>
      <h2 id={`${id}-title`} className="figure-title">
        {title}
      </h2>
      <p className="figure-subtitle">{subtitle}</p>
      {note && <p className="figure-subtitle">{note}</p>}
      {rateLine && <p className="figure-rate">{rateLine}</p>}
      {rows.length === 0 && <p className="notice">{tx('figure.empty')}</p>}
      <FigureExport
        figureRef={figureRef}
        title={title}
        subtitles={[subtitle, ...(note ? [note] : []), ...(rateLine ? [rateLine] : [])]}
        notes={notes}
        sourceLine={sourceLineText(sources, lang, t)}
        csvRows={() => commitmentCsvRows(allRows, data, lang, t, csvWords.commitments)}
        fileNameParts={[id, lang, shownIn]}
      />
      {panels.map(({ currency, axisFormatter, data: chartData }) => (
        <div key={currency} className="figure-panel">
          {panels.length > 1 && (
            <h3 className="panel-title">
              {t('japan.notComparable', { currency: currencySymbol(currency, lang) })}
            </h3>
          )}
          <ChartBoundary resetKey={`${lang}-${chartData.map((d) => d.valueLabel).join()}`}>
            <HorizontalBarChart
              ariaLabel={t('chart.figureLabel', { title })}
              axisFormatter={axisFormatter}
              renderTooltip={tooltip}
              data={chartData}
            />
          </ChartBoundary>
        </div>
      ))}
      <div className="figure-notes">
        {notes.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </div>
      <details className="figure-table" open>
        <summary>{t('table.show')}</summary>
        <CommitmentTable rows={rows} data={data} caption={title} />
      </details>
      <figcaption>
        <SourceLine sources={sources} />
      </figcaption>
    </figure>
  );
});
