import { useMemo } from 'react';
import { investorColour } from '../../../lib/investors';
import { useTranslation } from 'react-i18next';
import { TimelineChart } from '../../../components/charts/TimelineChart';
import type { TimelineRow } from '../../../components/charts/TimelineChart';
import { StatusBadge } from '../../../components/VerificationNote';
import { commitmentRows } from '../../../lib/commitment-rows';
import { isFlagged, verificationOf } from '../../../lib/describe';
import { formatCalendarYear, formatPartialDate } from '../../../lib/format';
import { TIMELINE_FROM, TIMELINE_TO, fractionalYear, periodSpan } from '../../../lib/timeline';
import type { SlideProps } from './slide-props';
import { SlideLayout } from './SlideParts';

const TICKS = Array.from({ length: (TIMELINE_TO - TIMELINE_FROM) / 4 + 1 }, (_, i) => TIMELINE_FROM + i * 4);

/** Microsoft's Japan commitments on a year axis with the policy and cyber events, numbered, beside it. */
export function TimelineSlide({ data, settings, chartScale }: SlideProps) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('present');
  const { lang } = settings;
  const microsoftJapan = useMemo(
    () => data.commitments.filter((c) => c.country === 'JP' && c.investor === 'microsoft'),
    [data],
  );
  const rows = useMemo(
    () => commitmentRows(microsoftJapan, data, settings, t),
    [microsoftJapan, data, settings, t],
  );
  // The events the article places around the investment (the subtitle says so); the public record's others are on
  // the dashboard's timeline.
  const events = data.events
    .filter((e) => e.provenance === 'article')
    .sort((a, b) => fractionalYear(a.date) - fractionalYear(b.date));
  const chartRows: TimelineRow[] = rows
    .map((row) => ({ row, span: periodSpan(row.commitment) }))
    .flatMap(({ row, span }) =>
      span
        ? [
            {
              id: row.commitment.id,
              label: `${row.shown.text}${row.flagged ? ' ⚠' : ''}`,
              range: [span.start, span.end] as [number, number],
              color: investorColour(data.investors, row.commitment.investor),
              kind: span.kind,
              flagged: row.flagged,
            },
          ]
        : [],
    )
    .sort((a, b) => a.range[0] - b.range[0]);
  const title = tp('slide.timelineTitle');
  return (
    <SlideLayout
      title={title}
      subtitle={
        <p>{tp('slide.timelineSubtitle', { from: String(TIMELINE_FROM), to: String(TIMELINE_TO) })}</p>
      }
      notes={rows.some((r) => r.flagged) && <p className="slide-flag">{tp('slide.flagLegend')}</p>}
      sources={[...microsoftJapan, ...events].flatMap((r) => r.sources)}
      data={data}
    >
      <div className="slide-columns">
        <TimelineChart
          rows={chartRows}
          markers={events.map((e, i) => ({ id: e.id, at: fractionalYear(e.date), label: String(i + 1) }))}
          domain={[TIMELINE_FROM, TIMELINE_TO + 1]}
          ticks={TICKS}
          tickFormatter={(year) => formatCalendarYear(year, lang)}
          renderTooltip={(id) => <p>{chartRows.find((r) => r.id === id)?.label}</p>}
          ariaLabel={t('chart.figureLabel', { title })}
          scale={chartScale}
        />
        <ol className="slide-events" aria-label={t('timeline.eventsTitle')}>
          {events.map((e) => {
            const check = verificationOf(data, e.verification);
            return (
              <li key={e.id}>
                <span className="event-date">{formatPartialDate(e.date, lang)}</span> {e.text[lang]}{' '}
                {check && <StatusBadge status={check.status} />}
                {check && isFlagged(check.status) && (
                  <span className="slide-event-note">{check.publicRecord[lang]}</span>
                )}
              </li>
            );
          })}
        </ol>
      </div>
    </SlideLayout>
  );
}
