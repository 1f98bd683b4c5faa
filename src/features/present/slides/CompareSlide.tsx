import { useMemo } from 'react';
import { investorColour } from '../../../lib/investors';
import { useTranslation } from 'react-i18next';
import { HorizontalBarChart } from '../../../components/charts/HorizontalBarChart';
import { commitmentRows, ratesInUse } from '../../../lib/commitment-rows';
import { describeRates, unitLabel } from '../../../lib/describe';
import { yearOf } from '../../../lib/convert';
import { formatMoney, formatMultiple, formatPeriod, joinList } from '../../../lib/format';
import { growthBetween } from '../../../lib/growth';
import type { SlideProps } from './slide-props';
import { SlideFlag, SlideLayout, labelColumnWidth } from './SlideParts';

/** 2014 against 2026–2029: the ×55 in yen, the smaller ratio in dollars, and the two amounts as bars. */
export function CompareSlide({ data, settings, chartScale }: SlideProps) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('present');
  const { lang } = settings;
  const from = data.commitments.find((c) => c.id === 'ms-jp-2014');
  const to = data.commitments.find((c) => c.id === 'ms-jp-2026');
  const pair = useMemo(() => [from, to].flatMap((c) => (c ? [c] : [])), [from, to]);
  // Two amounts in different currencies cannot share an axis: "as announced" both are in yen, so compare in yen.
  const chartSettings = useMemo(
    () => (settings.currency === 'original' ? { ...settings, currency: 'JPY' as const } : settings),
    [settings],
  );
  const rows = useMemo(() => commitmentRows(pair, data, chartSettings, t), [pair, data, chartSettings, t]);
  if (!from || !to) return null;
  const growth = growthBetween(from, to, data.rates);
  const year = String(yearOf(from.announced) ?? '');
  const title = t('timeline.title', {
    times: formatMultiple(growth.asAnnounced, lang, { approx: true }),
    period: formatPeriod(to.period, lang),
    year,
  });
  const rates = ratesInUse(rows);
  const chronological = [...rows].sort((a, b) => a.shown.value - b.shown.value);
  return (
    <SlideLayout
      title={title}
      subtitle={
        <>
          <p>{tp('slide.compareChart', { unit: unitLabel(chartSettings.currency, t) })}</p>
          {rates.length > 0 && <p>{t('chart.rateLine', { rate: describeRates(rates, lang, t) })}</p>}
        </>
      }
      notes={
        <>
          <SlideFlag verification={rows.find((r) => r.flagged)?.verification} lang={lang} />
          <p className="slide-note">{t('timeline.growthExplain', { year })}</p>
        </>
      }
      sources={[
        ...from.sources,
        ...to.sources,
        ...[...growth.fromUsd.rates, ...growth.toUsd.rates].flatMap((r) => (r.source ? [r.source] : [])),
      ]}
      data={data}
    >
      <div className="slide-stats slide-stats--pair">
        <div className="slide-stat">
          <p className="slide-number">{formatMultiple(growth.asAnnounced, lang)}</p>
          <p className="slide-stat-label">{t('timeline.growthYen')}</p>
          <p className="slide-stat-note">
            {formatMoney(from.amount.value, from.amount.currency, lang)} →{' '}
            {formatMoney(to.amount.value, to.amount.currency, lang)}
          </p>
        </div>
        <div className="slide-stat">
          <p className="slide-number">{formatMultiple(growth.inDollarsAtEachYearsRate, lang)}</p>
          <p className="slide-stat-label">{t('timeline.growthUsd')}</p>
          <p className="slide-stat-note">
            {formatMoney(growth.fromUsd.value, 'USD', lang, { qualifier: 'approx' })} →{' '}
            {formatMoney(growth.toUsd.value, 'USD', lang, { qualifier: 'approx' })} (
            {joinList(
              [describeRates(growth.fromUsd.rates, lang, t), describeRates(growth.toUsd.rates, lang, t)],
              lang,
              'alternatives',
            )}
            )
          </p>
        </div>
      </div>
      <HorizontalBarChart
        ariaLabel={t('chart.figureLabel', { title })}
        axisFormatter={(value) =>
          formatMoney(value, rows[0]?.shown.currency ?? 'JPY', lang, { style: 'axis' })
        }
        renderTooltip={(id) => {
          const row = rows.find((r) => r.commitment.id === id);
          return row ? <p className="tooltip-value">{row.shown.text}</p> : null;
        }}
        scale={chartScale}
        labelWidth={labelColumnWidth(
          rows.map((r) => r.label),
          chartScale,
        )}
        data={chronological.map((row) => ({
          id: row.commitment.id,
          label: row.label,
          value: row.shown.value,
          valueLabel: `${row.shown.text}${row.flagged ? ' ⚠' : ''}`,
          color: investorColour(data.investors, row.commitment.investor),
          flagged: row.flagged,
        }))}
      />
    </SlideLayout>
  );
}
