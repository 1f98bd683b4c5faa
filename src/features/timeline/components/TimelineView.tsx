import { useMemo, useRef } from 'react';
import { investorColour } from '../../../lib/investors';
import { useTranslation } from 'react-i18next';
import { ChartBoundary } from '../../../components/ChartBoundary';
import { CommitmentTable } from '../../../components/CommitmentTable';
import { FigureExport } from '../../../components/FigureExport';
import { useCsvWords } from '../../../components/use-csv-words';
import { SourceCitations, SourceLine } from '../../../components/SourceLine';
import { StatusBadge } from '../../../components/VerificationNote';
import { TimelineChart } from '../../../components/charts/TimelineChart';
import type { TimelineMarker, TimelineRow } from '../../../components/charts/TimelineChart';
import { commitmentRows, limitRows, ratesInUse } from '../../../lib/commitment-rows';
import { sourceLineText, timelineCsvRows } from '../../../lib/export-rows';
import { describeRates, sourcesById, verificationOf } from '../../../lib/describe';
import type { Lang } from '../../../lib/format';
import {
  formatCalendarYear,
  formatMoney,
  formatMultiple,
  formatPartialDate,
  formatPeriod,
  joinList,
} from '../../../lib/format';
import { yearOf } from '../../../lib/convert';
import { growthBetween } from '../../../lib/growth';
import { TIMELINE_FROM, TIMELINE_TO, fractionalYear, periodSpan } from '../../../lib/timeline';
import type { ViewProps } from '../../../lib/view-props';

const TICKS = Array.from({ length: (TIMELINE_TO - TIMELINE_FROM) / 2 + 1 }, (_, i) => TIMELINE_FROM + i * 2);

/** 2014 versus 2026–2029: Japan commitments on a year axis, policy and cyber events as markers, and the ×55. */
export function TimelineView({ data, settings }: ViewProps) {
  const { t } = useTranslation();
  const lang: Lang = settings.lang;
  const from = data.commitments.find((c) => c.id === 'ms-jp-2014');
  const to = data.commitments.find((c) => c.id === 'ms-jp-2026');
  const growth = useMemo(
    () => (from && to ? growthBetween(from, to, data.rates) : undefined),
    [from, to, data.rates],
  );

  const japan = useMemo(() => data.commitments.filter((c) => c.country === 'JP'), [data]);
  // A large import of the user's own records would make the chart unreadable: keep the sourced ones and the largest.
  const rows = useMemo(() => limitRows(commitmentRows(japan, data, settings, t)), [japan, data, settings, t]);
  const placed = rows
    .map((row) => ({ row, span: periodSpan(row.commitment) }))
    .filter((p) => p.span !== null)
    .sort((a, b) => a.span!.start - b.span!.start || b.row.shown.value - a.row.shown.value);
  const notPlaced = rows.filter((row) => periodSpan(row.commitment) === null);

  const events = [...data.events].sort((a, b) => fractionalYear(a.date) - fractionalYear(b.date));
  const markers: TimelineMarker[] = events.map((e, i) => ({
    id: e.id,
    at: fractionalYear(e.date),
    label: String(i + 1),
  }));

  const chartRows: TimelineRow[] = placed.map(({ row, span }) => ({
    id: row.commitment.id,
    label: `${row.label}${t('source.separator')}${row.shown.text}${row.flagged ? ' ⚠' : ''}${span!.continuesTo ? ` → ${formatCalendarYear(span!.continuesTo, lang)}` : ''}`,
    range: [span!.start, span!.end],
    color: investorColour(data.investors, row.commitment.investor),
    kind: span!.kind,
    flagged: row.flagged,
  }));
  const kinds = new Set(chartRows.map((r) => r.kind));
  const figureRef = useRef<HTMLElement>(null);
  const csvWords = useCsvWords();
  const rates = ratesInUse(placed.map((p) => p.row));
  const rateLine =
    rates.length > 0 ? t('chart.rateLine', { rate: describeRates(rates, lang, t) }) : undefined;
  const figureSources = sourcesById(data, [...new Set([...japan, ...data.events].flatMap((r) => r.sources))]);
  const legend = [
    ...(kinds.has('derived') ? [t('timeline.periodApprox')] : []),
    ...(kinds.has('unknown') ? [t('timeline.periodUnknown')] : []),
    ...(chartRows.some((r) => r.flagged) ? [t('chart.flagLegend')] : []),
  ];
  const notPlacedNote =
    notPlaced.length > 0
      ? t('timeline.notPlaced', {
          list: joinList(
            notPlaced.map((r) => `${r.label} ${r.shown.text}`),
            lang,
            'clauses',
          ),
        })
      : undefined;

  const title =
    growth && from && to
      ? t('timeline.title', {
          times: formatMultiple(growth.asAnnounced, lang, { approx: true }),
          period: formatPeriod(to.period, lang),
          year: String(yearOf(from.announced) ?? ''),
        })
      : t('nav.timeline');
  const tooltip = (id: string) => {
    const row = rows.find((r) => r.commitment.id === id);
    if (!row) return null;
    return (
      <>
        <p className="tooltip-title">{row.label}</p>
        <p className="tooltip-value">{row.shown.text}</p>
        <p>
          {t('table.period')}: {formatPeriod(row.commitment.period, lang)}
        </p>
        {row.flagged && row.verification && (
          <p className="tooltip-flag">
            ⚠ {t(`status.${row.verification.status}`)}: {row.verification.publicRecord[lang]}
          </p>
        )}
      </>
    );
  };

  return (
    <>
      <figure className="figure" aria-labelledby="timeline-title" ref={figureRef}>
        <h2 id="timeline-title" className="figure-title">
          {title}
        </h2>
        <p className="figure-subtitle">
          {t('timeline.subtitle', { from: String(TIMELINE_FROM), to: String(TIMELINE_TO) })}
        </p>
        {rateLine && <p className="figure-rate">{rateLine}</p>}
        <FigureExport
          figureRef={figureRef}
          title={title}
          subtitles={[
            t('timeline.subtitle', { from: String(TIMELINE_FROM), to: String(TIMELINE_TO) }),
            ...(rateLine ? [rateLine] : []),
          ]}
          notes={[
            ...legend,
            ...(notPlacedNote ? [notPlacedNote] : []),
            ...events.map((e, i) => `${i + 1}. ${formatPartialDate(e.date, lang)} ${e.text[lang]}`),
          ]}
          sourceLine={sourceLineText(figureSources, lang, t)}
          csvRows={() =>
            timelineCsvRows(
              placed.map((p) => p.row),
              events,
              data,
              lang,
              t,
              csvWords.timeline,
            )
          }
          fileNameParts={['timeline', lang, settings.currency]}
        />
        <ChartBoundary resetKey={`${lang}-${chartRows.map((r) => r.label).join()}`}>
          <TimelineChart
            rows={chartRows}
            markers={markers}
            domain={[TIMELINE_FROM, TIMELINE_TO + 1]}
            ticks={TICKS}
            tickFormatter={(year) => formatCalendarYear(year, lang)}
            renderTooltip={tooltip}
            ariaLabel={t('chart.figureLabel', { title })}
          />
        </ChartBoundary>
        <ul className="timeline-legend">
          {kinds.has('derived') && (
            <li>
              <span className="swatch swatch--derived" aria-hidden="true" /> {t('timeline.periodApprox')}
            </li>
          )}
          {kinds.has('unknown') && (
            <li>
              <span className="swatch swatch--unknown" aria-hidden="true" /> {t('timeline.periodUnknown')}
            </li>
          )}
          {chartRows.some((r) => r.flagged) && <li>{t('chart.flagLegend')}</li>}
        </ul>
        {notPlacedNote && <p className="figure-notes">{notPlacedNote}</p>}
        <ol className="event-list" aria-label={t('timeline.eventsTitle')}>
          {events.map((e) => {
            const check = verificationOf(data, e.verification);
            return (
              <li key={e.id}>
                <span className="event-date">{formatPartialDate(e.date, lang)}</span> {e.text[lang]}{' '}
                {check && <StatusBadge status={check.status} />}
                {check && check.status !== 'agrees' && (
                  <span className="cell-note">{check.publicRecord[lang]}</span>
                )}
              </li>
            );
          })}
        </ol>
        <details className="figure-table" open>
          <summary>{t('table.show')}</summary>
          <CommitmentTable rows={rows} data={data} caption={title} />
          <EventsTable data={data} lang={lang} />
        </details>
        <figcaption>
          <SourceLine sources={figureSources} />
        </figcaption>
      </figure>
      {growth && from && to && (
        <section className="figure growth" aria-labelledby="growth-title">
          <h2 id="growth-title" className="figure-title">
            {t('timeline.growthTitle', { times: formatMultiple(growth.asAnnounced, lang) })}
          </h2>
          <dl className="growth-grid">
            <div>
              <dt>{t('timeline.growthYen')}</dt>
              <dd>
                <span className="big-number">{formatMultiple(growth.asAnnounced, lang)}</span>
                <span>
                  {formatMoney(from.amount.value, from.amount.currency, lang)} →{' '}
                  {formatMoney(to.amount.value, to.amount.currency, lang)}
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('timeline.growthUsd')}</dt>
              <dd>
                <span className="big-number">{formatMultiple(growth.inDollarsAtEachYearsRate, lang)}</span>
                <span>
                  {formatMoney(growth.fromUsd.value, 'USD', lang, { qualifier: 'approx' })} →{' '}
                  {formatMoney(growth.toUsd.value, 'USD', lang, { qualifier: 'approx' })}
                </span>
                <span className="cell-note">
                  {joinList(
                    [
                      describeRates(growth.fromUsd.rates, lang, t),
                      describeRates(growth.toUsd.rates, lang, t),
                    ],
                    lang,
                    'alternatives',
                  )}
                </span>
              </dd>
            </div>
          </dl>
          <p>{t('timeline.growthExplain', { year: String(yearOf(from.announced) ?? '') })}</p>
          <SourceLine
            sources={sourcesById(data, [
              ...from.sources,
              ...to.sources,
              ...[...growth.fromUsd.rates, ...growth.toUsd.rates].flatMap((r) =>
                r.source ? [r.source] : [],
              ),
            ])}
          />
        </section>
      )}
    </>
  );
}

function EventsTable({ data, lang }: { data: ViewProps['data']; lang: Lang }) {
  const { t } = useTranslation();
  const events = [...data.events].sort((a, b) => fractionalYear(a.date) - fractionalYear(b.date));
  return (
    <div className="table-scroll" role="region" aria-label={t('timeline.eventsTitle')} tabIndex={0}>
      <table className="data-table">
        <caption>{t('timeline.eventsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('table.date')}</th>
            <th scope="col">{t('table.event')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.check')}</th>
            <th scope="col">{t('table.publicRecordDates')}</th>
            <th scope="col">{t('table.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e, i) => {
            const check = verificationOf(data, e.verification);
            return (
              <tr key={e.id} data-record={e.id}>
                <td className="num">{i + 1}</td>
                <td>{formatPartialDate(e.date, lang)}</td>
                <th scope="row">{e.text[lang]}</th>
                <td>{t(`eventKind.${e.kind}`)}</td>
                <td>
                  {check ? (
                    <>
                      <StatusBadge status={check.status} />
                      <span className="cell-note">{check.publicRecord[lang]}</span>
                    </>
                  ) : (
                    t(`provenance.${e.provenance}`)
                  )}
                </td>
                <td>
                  {e.publicRecordDates
                    ? joinList(
                        e.publicRecordDates.map((d) => formatPartialDate(d, lang)),
                        lang,
                        'clauses',
                      )
                    : '—'}
                </td>
                <td className="cell-sources">
                  <SourceCitations sources={sourcesById(data, e.sources)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
