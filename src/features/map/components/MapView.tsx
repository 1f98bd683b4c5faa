import { useQuery } from '@tanstack/react-query';
import { investorName } from '../../../lib/investors';
import { geoMercator, geoPath } from 'd3-geo';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { FigureExport } from '../../../components/FigureExport';
import { FigureTable } from '../../../components/FigureTable';
import { SourceCitations, SourceLine } from '../../../components/SourceLine';
import { useCsvWords } from '../../../components/use-csv-words';
import { StatusBadge } from '../../../components/VerificationNote';
import type { CommitmentRow } from '../../../lib/commitment-rows';
import { commitmentRows, ratesInUse } from '../../../lib/commitment-rows';
import { describeRates, distinctCitations, sourcesById, unitLabel } from '../../../lib/describe';
import { serializeChart } from '../../../lib/export-image';
import { mapCsvRows, sourceLineText } from '../../../lib/export-rows';
import { formatCount, formatMoney, formatPartialDate, formatPeriod } from '../../../lib/format';
import type { Country } from '../../../lib/schema';
import type { ViewProps } from '../../../lib/view-props';
import { COUNTRY_NUMERIC, apacShapes, bubbleRadius, totalsByCountry } from '../lib/geo';
import type { LeftOut } from '../../../lib/count-once';
import { capacityList, leftOutNote, leftOutReason } from '../../../lib/left-out';

const WIDTH = 800;
const HEIGHT = 520;
const MAX_RADIUS = 46;
/** A country's list in the panel stops here; the records view lists everything. */
const LIST_LIMIT = 8;

/** Where a country's name sits beside its bubble, so that Singapore and Malaysia do not overlap. */
const LABEL_SIDE: Partial<Record<Country, 'right' | 'left' | 'below' | 'above'>> = {
  SG: 'below',
  MY: 'left',
  ID: 'right',
  TH: 'left',
  KR: 'left',
  TW: 'below',
};

// The 1:50m file has Singapore (the 1:110m one does not); it loads with this view only, then is kept.
function useShapes() {
  return useQuery({
    queryKey: ['geography', 'countries-50m'],
    queryFn: async () => {
      const topology = (await import('world-atlas/countries-50m.json')).default as unknown as Topology<{
        countries: GeometryCollection;
      }>;
      return apacShapes(topology);
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

interface MapRow extends CommitmentRow {
  country: Country;
  /** The amount that sizes the bubble: the display currency, or dollars when shown as announced. */
  value: number;
}

/** Asia-Pacific on a map: each country's committed total as a bubble; hover or focus lists its commitments. */
export function MapView({ data, settings, filters }: ViewProps) {
  const { t } = useTranslation('explorer');
  const { t: tc } = useTranslation();
  const { lang } = settings;
  const shapes = useShapes();
  const [active, setActive] = useState<Country | undefined>(undefined);

  const rows = useMemo(() => commitmentRows(data.commitments, data, settings, tc), [data, settings, tc]);
  // Shown as announced, amounts share no unit: size the bubbles in dollars, and say so.
  const sizing = useMemo(
    () =>
      settings.currency === 'original'
        ? new Map(
            commitmentRows(data.commitments, data, { ...settings, currency: 'USD' }, tc).map((r) => [
              r.commitment.id,
              r.shown.value,
            ]),
          )
        : undefined,
    [data, settings, tc],
  );
  const totals = useMemo(
    () =>
      totalsByCountry<MapRow>(
        rows.map((r) => ({
          ...r,
          country: r.commitment.country,
          value: sizing?.get(r.commitment.id) ?? r.shown.value,
        })),
        { crossBorder: filters?.crossBorder ?? false },
      ),
    [rows, sizing, filters?.crossBorder],
  );
  const leftOut = totals.flatMap((entry) => entry.leftOut);
  const max = Math.max(0, ...totals.map((c) => c.total));
  const totalCurrency = settings.currency === 'original' ? 'USD' : settings.currency;

  const projection = useMemo(() => {
    const corners = {
      type: 'MultiPoint' as const,
      coordinates: [
        [65, -44],
        [155, 44],
      ],
    };
    return geoMercator().fitExtent(
      [
        [8, 8],
        [WIDTH - 8, HEIGHT - 8],
      ],
      corners,
    );
  }, []);
  const path = useMemo(() => geoPath(projection), [projection]);
  const paths = useMemo(
    () => (shapes.data ?? []).map((s) => ({ id: s.id, d: path(s.feature) ?? '', centroid: s.centroid })),
    [shapes.data, path],
  );
  const byNumeric = new Map(paths.map((p) => [p.id, p]));
  const committed = new Set(totals.map((c) => COUNTRY_NUMERIC[c.country]));

  const countryName = (c: Country) => tc(`country.${c}`);
  const totalText = (total: number) =>
    formatMoney(total, totalCurrency, lang, {
      approx: rows.some((r) => r.shown.converted) || settings.currency === 'original',
    });
  const rates = ratesInUse(rows);
  const top = totals[0];
  const title = top
    ? t('map.title', { country: countryName(top.country), amount: totalText(top.total) })
    : t('map.titleEmpty');
  const subtitle =
    settings.currency === 'original'
      ? t('map.subtitleOriginal')
      : t('map.subtitle', { unit: unitLabel(settings.currency, tc) });
  const activeEntry = totals.find((c) => c.country === active);
  const figureRef = useRef<HTMLElement>(null);
  const csvWords = useCsvWords();
  const rateLine =
    rates.length > 0 ? tc('chart.rateLine', { rate: describeRates(rates, lang, tc) }) : undefined;
  const sources = distinctCitations(
    sourcesById(data, [...new Set(rows.slice(0, 200).flatMap((r) => r.commitment.sources))]),
    lang,
    tc,
  );
  const notes = [
    ...(rows.some((r) => r.flagged) ? [tc('chart.flagLegend')] : []),
    ...(leftOut.length > 0 ? [leftOutNote(leftOut, data, lang, tc)] : []),
    ...(data.capacities.length > 0
      ? [t('map.capacityNote', { count: data.capacities.length, list: capacityList(data, lang, tc) })]
      : []),
    t('map.areaNote'),
    t('map.geoSource'),
  ];
  // The totals' rate: when shown as announced, the dollar rates that sized the bubbles.
  const totalRate = (entry: (typeof totals)[number]) => {
    const used = sizing
      ? ratesInUse(
          commitmentRows(
            entry.rows.map((r) => r.commitment),
            data,
            { ...settings, currency: 'USD' },
            tc,
          ),
        )
      : ratesInUse(entry.rows);
    return used.length > 0 ? describeRates(used, lang, tc) : '';
  };

  return (
    <figure className="figure map-figure" aria-labelledby="map-title" ref={figureRef}>
      <h2 id="map-title" className="figure-title">
        {title}
      </h2>
      <p className="figure-subtitle">{subtitle}</p>
      {rateLine && <p className="figure-rate">{rateLine}</p>}
      {shapes.data && (
        <FigureExport
          figureRef={figureRef}
          title={title}
          subtitles={[subtitle, ...(rateLine ? [rateLine] : [])]}
          notes={notes}
          sourceLine={sourceLineText(sources, lang, tc)}
          csvRows={() =>
            mapCsvRows(
              totals.map((entry) => ({ ...entry, rate: totalRate(entry) })),
              totalCurrency,
              data,
              lang,
              tc,
              csvWords.map,
            )
          }
          fileNameParts={['map', lang, settings.currency]}
          panels={(figure) => {
            const svg = figure.querySelector<SVGSVGElement>('svg.map');
            return svg ? [serializeChart(svg)] : [];
          }}
        />
      )}
      <div className="map-layout">
        <div className="map-frame">
          {shapes.isPending && (
            <p className="state state--loading" role="status">
              {t('map.loading')}
            </p>
          )}
          {shapes.isError && (
            <p className="state state--error" role="alert">
              {t('map.loadError')}
            </p>
          )}
          {shapes.data && (
            <svg
              className="map"
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              role="group"
              aria-label={t('map.svgLabel', { title })}
              // Leaving with the pointer clears a pointed-at country, not one chosen with the keyboard (focusing a
              // bubble can scroll the map away from a resting pointer).
              onMouseLeave={(event) => {
                if (!event.currentTarget.contains(document.activeElement)) setActive(undefined);
              }}
            >
              <g aria-hidden="true">
                {paths.map((p) => (
                  <path
                    key={p.id}
                    d={p.d}
                    className={committed.has(p.id) ? 'map-land map-land--committed' : 'map-land'}
                  />
                ))}
              </g>
              {totals.map((entry) => {
                const shape = byNumeric.get(COUNTRY_NUMERIC[entry.country]);
                const point = shape ? projection(shape.centroid) : null;
                if (!point) return null;
                const [x, y] = point;
                const r = bubbleRadius(entry.total, max, MAX_RADIUS);
                const side = LABEL_SIDE[entry.country] ?? 'right';
                const label: Record<string, { x: number; y: number; anchor: 'start' | 'end' | 'middle' }> = {
                  right: { x: x + r + 4, y: y + 4, anchor: 'start' },
                  left: { x: x - r - 4, y: y + 4, anchor: 'end' },
                  below: { x, y: y + r + 14, anchor: 'middle' },
                  above: { x, y: y - r - 6, anchor: 'middle' },
                };
                const at = label[side]!;
                const isActive = active === entry.country;
                return (
                  <g
                    key={entry.country}
                    className={`map-bubble${isActive ? ' map-bubble--active' : ''}`}
                    data-country={entry.country}
                    tabIndex={0}
                    role="button"
                    aria-pressed={isActive}
                    aria-label={t('map.bubbleLabel', {
                      country: countryName(entry.country),
                      amount: totalText(entry.total),
                      count: entry.rows.length,
                    })}
                    onMouseEnter={() => setActive(entry.country)}
                    onFocus={() => setActive(entry.country)}
                    onClick={() => setActive(entry.country)}
                  >
                    <circle cx={x} cy={y} r={r} />
                    <text x={at.x} y={at.y} textAnchor={at.anchor} className="map-label" aria-hidden="true">
                      {countryName(entry.country)}
                    </text>
                  </g>
                );
              })}
            </svg>
          )}
          <p className="map-hint">{t('map.hint')}</p>
        </div>
        <div className="map-panel" aria-live="polite">
          {activeEntry ? (
            <CountryPanel entry={activeEntry} data={data} totalText={totalText(activeEntry.total)} />
          ) : (
            <p className="map-panel-empty">{t('map.panelEmpty')}</p>
          )}
        </div>
      </div>
      <div className="figure-notes">
        {notes.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </div>
      <FigureTable
        caption={title}
        columns={[tc('table.country'), t('map.total'), t('map.count'), t('map.largest')]}
      >
        {totals.map((entry) => (
          <tr key={entry.country} data-country={entry.country}>
            <th scope="row">{countryName(entry.country)}</th>
            <td className="num">{totalText(entry.total)}</td>
            <td className="num">{formatCount(entry.rows.length, lang)}</td>
            <td>
              {entry.rows[0] &&
                `${investorName(data.investors, entry.rows[0].commitment.investor, lang)}${tc('source.separator')}${entry.rows[0].shown.text}${entry.rows[0].flagged ? ' ⚠' : ''}`}
            </td>
          </tr>
        ))}
      </FigureTable>
      <figcaption>
        <SourceLine sources={sources} />
      </figcaption>
    </figure>
  );
}

function CountryPanel({
  entry,
  data,
  totalText,
}: {
  entry: { country: Country; rows: MapRow[]; leftOut: LeftOut[] };
  data: ViewProps['data'];
  totalText: string;
}) {
  const { t, i18n } = useTranslation('explorer');
  const { t: tc } = useTranslation();
  const lang = i18n.language as 'en' | 'ja';
  const shown = entry.rows.slice(0, LIST_LIMIT);
  return (
    <>
      <h3 className="map-panel-title">
        {tc(`country.${entry.country}`)}
        {tc('source.separator')}
        {totalText}
      </h3>
      <ul className="map-list">
        {shown.map((row) => {
          const c = row.commitment;
          return (
            <li key={c.id} data-record={c.id}>
              <p className="map-list-head">
                <strong>{investorName(data.investors, c.investor, lang)}</strong> · {row.shown.text}
                {row.flagged && ' ⚠'}
                {c.provenance === 'mine' && (
                  <span className="badge badge--mine">{tc('provenance.mine')}</span>
                )}
              </p>
              {entry.leftOut.some((l) => l.commitment.id === c.id) && (
                <p className="cell-note">
                  {leftOutReason(
                    entry.leftOut.find((l) => l.commitment.id === c.id)!,
                    data,
                    lang,
                    tc,
                  )}
                </p>
              )}
              <p className="cell-note">
                {formatPeriod(c.period, lang)} ·{' '}
                {t('map.announced', { date: formatPartialDate(c.announced, lang) })}
                {row.shown.converted && ` · ${tc('chart.tooltipAnnounced', { amount: row.shown.announced })}`}
              </p>
              {row.verification && row.flagged && (
                <p className="cell-note">
                  <StatusBadge status={row.verification.status} /> {row.verification.publicRecord[lang]}
                </p>
              )}
              <p className="cell-note">
                {tc('source.labelPlural')}
                {tc('source.separator')}
                <SourceCitations sources={sourcesById(data, c.sources)} />
              </p>
            </li>
          );
        })}
      </ul>
      {entry.rows.length > shown.length && (
        <p className="cell-note">{t('map.more', { count: entry.rows.length - shown.length })}</p>
      )}
    </>
  );
}
