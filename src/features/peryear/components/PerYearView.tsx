import { useMemo, useRef } from 'react';
import { investorColour, investorName } from '../../../lib/investors';
import { useTranslation } from 'react-i18next';
import { FigureExport } from '../../../components/FigureExport';
import { FigureTable } from '../../../components/FigureTable';
import { SourceCitations, SourceLine } from '../../../components/SourceLine';
import { useCsvWords } from '../../../components/use-csv-words';
import { HorizontalBarChart } from '../../../components/charts/HorizontalBarChart';
import type { CommitmentRow } from '../../../lib/commitment-rows';
import { commitmentRows, ratesInUse } from '../../../lib/commitment-rows';
import { yearOf } from '../../../lib/convert';
import {
  describeRate,
  describeRates,
  distinctCitations,
  sourcesById,
  unitLabel,
} from '../../../lib/describe';
import { cardsPanel } from '../../../lib/export-cards';
import type { HeadlineFigure } from '../../../lib/export-rows';
import { HEADLINE_COLUMNS, headlineCsvRows, perYearCsvRows, sourceLineText } from '../../../lib/export-rows';
import type { CurrencyCode, Lang } from '../../../lib/format';
import {
  currencySymbol,
  formatCalendarYear,
  formatCount,
  formatMoney,
  formatMultiple,
  formatPeriod,
  formatRate,
} from '../../../lib/format';
import { growthBetween, growthPerYear } from '../../../lib/growth';
import type { PeriodYears } from '../../../lib/per-year';
import { amountPerYear, periodYears } from '../../../lib/per-year';
import type { Landscape } from '../../../lib/schema';
import type { ViewProps } from '../../../lib/view-props';

/** More bars than this would not be read; the rest are in the table and in All records. */
const CHART_LIMIT = 25;

interface PerYearRow extends CommitmentRow {
  years: Extract<PeriodYears, { years: number }>;
  perYear: number;
}

/** Each commitment per year of its period, so that 2014 and 2026–2029 compare like for like; and the ×55 explained. */
export function PerYearView({ data, settings }: ViewProps) {
  const { t } = useTranslation('explorer');
  const { t: tc } = useTranslation();
  const { lang } = settings;
  const rows = useMemo(() => commitmentRows(data.commitments, data, settings, tc), [data, settings, tc]);
  const { known, unknown } = useMemo(() => {
    // Several investors commit in several countries: the label names both, then the period.
    const labelOf = (row: CommitmentRow) =>
      `${investorName(data.investors, row.commitment.investor, lang)} · ${tc(`country.${row.commitment.country}`)} · ${row.label.split(' · ').slice(1).join(' · ')}`;
    const knownRows: PerYearRow[] = [];
    const unknownRows: CommitmentRow[] = [];
    for (const row of rows) {
      const years = periodYears(row.commitment);
      const perYear = amountPerYear(row.shown.value, years);
      if (years.kind === 'unknown' || perYear === undefined) {
        unknownRows.push({ ...row, label: labelOf(row) });
        continue;
      }
      knownRows.push({ ...row, label: labelOf(row), years, perYear });
    }
    knownRows.sort((a, b) => b.perYear - a.perYear);
    return { known: knownRows, unknown: unknownRows };
  }, [rows, tc, data.investors, lang]);

  // Formatted only for the rows shown: with thousands of the user's records, formatting them all would be slow.
  const perYearText = (row: PerYearRow) => {
    const { qualifier } = row.commitment.amount;
    return formatMoney(row.perYear, row.shown.currency, lang, {
      approx: row.shown.converted,
      ...(qualifier ? { qualifier } : {}),
    });
  };
  const groups = useMemo(() => {
    const map = new Map<CurrencyCode, PerYearRow[]>();
    for (const row of known) {
      const list = map.get(row.shown.currency);
      if (list) list.push(row);
      else map.set(row.shown.currency, [row]);
    }
    return [...map.entries()];
  }, [known]);
  const rates = ratesInUse(rows);
  const lead = known[0];
  const title = lead
    ? t('peryear.title', {
        investor: investorName(data.investors, lead.commitment.investor, lang),
        country: tc(`country.${lead.commitment.country}`),
        amount: perYearText(lead),
        period: formatPeriod(lead.commitment.period, lang),
      })
    : t('peryear.titleEmpty');
  const subtitle =
    settings.currency === 'original'
      ? t('peryear.subtitleOriginal')
      : t('peryear.subtitle', { unit: unitLabel(settings.currency, tc) });
  const yearsText = (row: PerYearRow) =>
    t(row.years.kind === 'stated' ? 'peryear.yearsStated' : 'peryear.yearsDerived', {
      count: row.years.years,
      from: String(row.years.start),
      to: String(row.years.end),
    });
  const figureRef = useRef<HTMLElement>(null);
  const csvWords = useCsvWords();
  const rateLine =
    rates.length > 0 ? tc('chart.rateLine', { rate: describeRates(rates, lang, tc) }) : undefined;
  const sources = distinctCitations(
    sourcesById(data, [
      ...new Set(
        [...known.slice(0, CHART_LIMIT), ...unknown.slice(0, CHART_LIMIT)].flatMap(
          (r) => r.commitment.sources,
        ),
      ),
    ]),
    lang,
    tc,
  );
  const notes = [
    ...(known.length > CHART_LIMIT
      ? [t('peryear.chartLimit', { shown: CHART_LIMIT, count: known.length })]
      : []),
    ...(unknown.length > 0
      ? [
          `${t('peryear.unknownTitle', { count: unknown.length })}${tc('source.separator')}${t('peryear.unknownNote')}`,
        ]
      : []),
    ...(rows.some((r) => r.flagged) ? [tc('chart.flagLegend')] : []),
    t('peryear.method'),
  ];

  return (
    <>
      <figure className="figure" aria-labelledby="peryear-title" ref={figureRef}>
        <h2 id="peryear-title" className="figure-title">
          {title}
        </h2>
        <p className="figure-subtitle">{subtitle}</p>
        {rateLine && <p className="figure-rate">{rateLine}</p>}
        {known.length > 0 && (
          <FigureExport
            figureRef={figureRef}
            title={title}
            subtitles={[subtitle, ...(rateLine ? [rateLine] : [])]}
            notes={notes}
            sourceLine={sourceLineText(sources, lang, tc)}
            csvRows={() =>
              perYearCsvRows(
                [
                  ...known.map((row) => ({
                    row,
                    years: row.years.years,
                    perYear: row.perYear,
                    basis: yearsText(row),
                  })),
                  ...unknown.map((row) => ({ row, basis: t('peryear.periodUnknown') })),
                ],
                data,
                lang,
                tc,
                csvWords.perYear,
              )
            }
            fileNameParts={['peryear', lang, settings.currency]}
          />
        )}
        {groups.map(([currency, groupRows]) => (
          <div key={currency} className="figure-panel">
            {groups.length > 1 && (
              <h3 className="panel-title">
                {tc('japan.notComparable', { currency: currencySymbol(currency, lang) })}
              </h3>
            )}
            <HorizontalBarChart
              ariaLabel={tc('chart.figureLabel', { title })}
              axisFormatter={(value) => formatMoney(value, currency, lang, { style: 'axis' })}
              renderTooltip={(id) => {
                const row = groupRows.find((r) => r.commitment.id === id);
                return row ? (
                  <>
                    <p className="tooltip-title">{row.label}</p>
                    <p className="tooltip-value">{t('peryear.perYearValue', { amount: perYearText(row) })}</p>
                    <p>{t('peryear.split', { amount: row.shown.text, years: yearsText(row) })}</p>
                  </>
                ) : null;
              }}
              data={groupRows.slice(0, CHART_LIMIT).map((row) => ({
                id: row.commitment.id,
                label: `${row.label} · ${t('peryear.over', { count: row.years.years })}`,
                value: row.perYear,
                valueLabel: `${t('peryear.perYearValue', { amount: perYearText(row) })}${row.flagged ? ' ⚠' : ''}`,
                color: investorColour(data.investors, row.commitment.investor),
                flagged: row.flagged,
              }))}
            />
            {groupRows.length > CHART_LIMIT && (
              <p className="cell-note">
                {t('peryear.chartLimit', { shown: CHART_LIMIT, count: groupRows.length })}
              </p>
            )}
          </div>
        ))}
        {unknown.length > 0 && (
          <div className="figure-panel peryear-unknown">
            <h3 className="panel-title">{t('peryear.unknownTitle', { count: unknown.length })}</h3>
            <p className="figure-subtitle">{t('peryear.unknownNote')}</p>
            <ul className="plain-list">
              {unknown.slice(0, CHART_LIMIT).map((row) => (
                <li key={row.commitment.id} data-record={row.commitment.id}>
                  <strong>{row.label}</strong>
                  {tc('source.separator')}
                  {row.shown.text}
                  {row.flagged && ' ⚠'} · {t('peryear.periodUnknown')}
                </li>
              ))}
            </ul>
            {unknown.length > CHART_LIMIT && (
              <p className="cell-note">
                {t('peryear.chartLimit', { shown: CHART_LIMIT, count: unknown.length })}
              </p>
            )}
          </div>
        )}
        <div className="figure-notes">
          {rows.some((r) => r.flagged) && <p>{tc('chart.flagLegend')}</p>}
          <p>{t('peryear.method')}</p>
        </div>
        <FigureTable
          caption={title}
          columns={[
            tc('table.investor'),
            tc('table.country'),
            tc('table.shown'),
            tc('table.period'),
            t('peryear.years'),
            t('peryear.perYear'),
          ]}
        >
          {[...known.slice(0, CHART_LIMIT), ...unknown.slice(0, CHART_LIMIT)].map((row) => {
            const k = 'perYear' in row ? (row as PerYearRow) : undefined;
            return (
              <tr key={row.commitment.id} data-record={row.commitment.id}>
                <th scope="row">{investorName(data.investors, row.commitment.investor, lang)}</th>
                <td>{tc(`country.${row.commitment.country}`)}</td>
                <td className="num">
                  {row.shown.text}
                  {row.flagged && ' ⚠'}
                </td>
                <td>{formatPeriod(row.commitment.period, lang)}</td>
                <td>{k ? yearsText(k) : t('peryear.periodUnknown')}</td>
                <td className="num">{k ? perYearText(k) : '—'}</td>
              </tr>
            );
          })}
        </FigureTable>
        <figcaption>
          <SourceLine sources={sources} />
        </figcaption>
      </figure>
      <GrowthExplained data={data} lang={lang} currency={settings.currency} />
    </>
  );
}

/** The ×55 in yen, the ×36 in dollars at each year's rate, and per year where both periods are known: why they differ. */
function GrowthExplained({
  data,
  lang,
  currency,
}: {
  data: Landscape;
  lang: Lang;
  currency: ViewProps['settings']['currency'];
}) {
  const { t } = useTranslation('explorer');
  const { t: tc } = useTranslation();
  const { t: te } = useTranslation('export');
  const sectionRef = useRef<HTMLElement>(null);
  const from = data.commitments.find((c) => c.id === 'ms-jp-2014');
  const to = data.commitments.find((c) => c.id === 'ms-jp-2026');
  if (!from || !to)
    return (
      <section className="growth-explained" aria-labelledby="growth-title">
        <h2 id="growth-title" className="figure-title">
          {t('growth.heading')}
        </h2>
        <p className="notice">{t('filters.filteredOut', { what: t('growth.records') })}</p>
      </section>
    );
  const growth = growthBetween(from, to, data.rates);
  const perYear = growthPerYear(from, to);
  const fromYear = yearOf(from.announced);
  const fromRate = growth.fromUsd.rates[0];
  const toRate = growth.toUsd.rates[0];
  const rateSources = sourcesById(
    data,
    [fromRate?.source, toRate?.source].filter((s): s is string => s !== undefined),
  );
  const money = (value: number, currency: CurrencyCode, approx = false) =>
    formatMoney(value, currency, lang, { approx });
  const subtitle = t('growth.subtitle', {
    from: money(from.amount.value, from.amount.currency),
    year: String(fromYear ?? ''),
    to: money(to.amount.value, to.amount.currency),
    period: formatPeriod(to.period, lang),
  });
  const why =
    fromRate && toRate
      ? t('growth.why', {
          fromRate: formatRate(fromRate.unitsPerUsd, 'JPY', lang),
          fromYear: String(fromRate.year ?? fromYear ?? ''),
          toRate: formatRate(toRate.unitsPerUsd, 'JPY', lang),
          yen: formatMultiple(growth.asAnnounced, lang, { approx: true }),
          dollars: formatMultiple(growth.inDollarsAtEachYearsRate, lang, { approx: true }),
        })
      : undefined;
  const perYearUnknown = perYear.known
    ? ''
    : t('growth.perYearUnknown', {
        which: perYear.missing
          .map((side) =>
            side === 'from' && fromYear !== undefined
              ? formatCalendarYear(fromYear, lang)
              : formatPeriod(side === 'from' ? from.period : to.period, lang),
          )
          .join(t('growth.and')),
      });
  const commitmentSources = sourcesById(data, [...from.sources, ...to.sources]);
  const times = te('csv.times');
  const figures: HeadlineFigure[] = [
    {
      item: t('growth.yen'),
      value: growth.asAnnounced,
      unit: times,
      shown: formatMultiple(growth.asAnnounced, lang),
      sources: commitmentSources,
    },
    {
      item: t('growth.dollars'),
      value: growth.inDollarsAtEachYearsRate,
      unit: times,
      shown: formatMultiple(growth.inDollarsAtEachYearsRate, lang),
      sources: [...commitmentSources, ...rateSources],
    },
    {
      item: t('growth.perYear'),
      value: perYear.known ? perYear.ratio : '',
      unit: perYear.known ? times : '',
      shown: perYear.known ? formatMultiple(perYear.ratio, lang) : perYearUnknown,
      sources: commitmentSources,
    },
  ];
  return (
    <section className="growth-explained" aria-labelledby="growth-title" ref={sectionRef}>
      <h2 id="growth-title" className="figure-title">
        {t('growth.heading')}
      </h2>
      <p className="figure-subtitle">{subtitle}</p>
      <FigureExport
        figureRef={sectionRef}
        title={t('growth.heading')}
        subtitles={[subtitle]}
        notes={why ? [why] : []}
        sourceLine={sourceLineText([...commitmentSources, ...rateSources], lang, tc)}
        csvRows={() =>
          headlineCsvRows(
            figures,
            lang,
            tc,
            Object.fromEntries(HEADLINE_COLUMNS.map((c) => [c, te(`csv.${c}`)])) as Record<
              (typeof HEADLINE_COLUMNS)[number],
              string
            >,
          )
        }
        fileNameParts={['growth', lang, currency]}
        panels={(section, measure) => {
          const items = [...section.querySelectorAll<HTMLElement>('.growth-list > div')];
          const first = items[0];
          const color = (selector: string, property: 'color' | 'background-color' | 'border-top-color') =>
            first ? getComputedStyle(first.querySelector(selector) ?? first).getPropertyValue(property) : '';
          return [
            cardsPanel(
              items.map((item) => ({
                figure: item.querySelector('.big-number, .growth-unknown')?.textContent ?? '',
                label: item.querySelector('dt')?.textContent ?? '',
                details: [...item.querySelectorAll<HTMLElement>('.cell-note')].map(
                  (d) => d.textContent ?? '',
                ),
              })),
              (section.querySelector('.growth-list') ?? section).getBoundingClientRect().width,
              measure,
              {
                surface: color(':scope', 'background-color'),
                // The items have no border: it takes the surface's colour.
                border: color(':scope', 'background-color'),
                figure: color('.big-number', 'color'),
                text: color('dt', 'color'),
                muted: color('.cell-note', 'color'),
              },
            ),
          ];
        }}
      />
      <dl className="growth-list">
        <div>
          <dt>{t('growth.yen')}</dt>
          <dd>
            <span className="big-number">{formatMultiple(growth.asAnnounced, lang)}</span>
            <span className="cell-note">
              {t('growth.yenHow', {
                to: money(to.amount.value, to.amount.currency),
                from: money(from.amount.value, from.amount.currency),
              })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('growth.dollars')}</dt>
          <dd>
            <span className="big-number">{formatMultiple(growth.inDollarsAtEachYearsRate, lang)}</span>
            <span className="cell-note">
              {t('growth.dollarsHow', {
                to: money(growth.toUsd.value, 'USD', true),
                toRate: toRate ? describeRate(toRate, lang, tc) : '',
                from: money(growth.fromUsd.value, 'USD', true),
                fromRate: fromRate ? describeRate(fromRate, lang, tc) : '',
              })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('growth.perYear')}</dt>
          <dd>
            {perYear.known ? (
              <>
                <span className="big-number">{formatMultiple(perYear.ratio, lang)}</span>
                <span className="cell-note">
                  {t('growth.perYearHow', {
                    to: money(perYear.toPerYear, to.amount.currency, true),
                    toYears: formatCount(perYear.toYears, lang),
                    from: money(perYear.fromPerYear, from.amount.currency, true),
                    fromYears: formatCount(perYear.fromYears, lang),
                  })}
                </span>
              </>
            ) : (
              <span className="growth-unknown">{perYearUnknown}</span>
            )}
          </dd>
        </div>
      </dl>
      {why && <p className="growth-why">{why}</p>}
      <p className="source-line">
        {t('growth.ratesFrom')}
        {tc('source.separator')}
        <SourceCitations sources={rateSources} />
      </p>
      <SourceLine sources={commitmentSources} />
    </section>
  );
}
