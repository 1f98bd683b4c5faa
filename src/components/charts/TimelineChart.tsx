import type { ReactNode } from 'react';
import { useState } from 'react';
import { estimateTextWidth } from './text-width';
import {
  Bar,
  BarChart,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface TimelineRow {
  id: string;
  label: string;
  range: [number, number];
  color: string;
  kind: 'stated' | 'derived' | 'unknown';
  flagged?: boolean;
}

export interface TimelineMarker {
  id: string;
  at: number;
  label: string;
}

interface Props {
  rows: readonly TimelineRow[];
  markers: readonly TimelineMarker[];
  domain: [number, number];
  ticks: number[];
  tickFormatter: (year: number) => string;
  renderTooltip: (id: string) => ReactNode;
  ariaLabel: string;
  /** Type, bars and markers grow by this factor (a slide read from the back of a room); 1 on the dashboard. */
  scale?: number;
}

const ROW_HEIGHT = 48;
const MARKER_STEP = 20;

/**
 * Where a bar's label starts: at the bar, but moved left so that it never runs past the plot's right edge,
 * and never before its left edge (the plot bounds follow from the bar's own position and scale).
 */
export function labelStart(
  range: [number, number],
  domain: [number, number],
  x: number,
  width: number,
  textWidth: number,
) {
  const scale = width / Math.max(range[1] - range[0], 1e-6);
  const plotLeft = x - (range[0] - domain[0]) * scale;
  const plotRight = plotLeft + (domain[1] - domain[0]) * scale;
  return Math.max(plotLeft, Math.min(x, plotRight - textWidth));
}

const MARKER_DIAMETER = 18;
/** The chart's left and right margins: what the plot's width lacks of the container's. */
const PLOT_MARGIN = 20;

/**
 * The lane of each marker, 0 on the axis and upwards: a marker goes to the lowest lane whose last marker is at least
 * `minGap` pixels away at the drawn width, so that no two markers cover each other.
 */
export function markerLanes(
  markers: readonly { id: string; at: number }[],
  domain: readonly [number, number],
  plotWidth: number,
  minGap: number,
): Map<string, number> {
  const span = domain[1] - domain[0] || 1;
  const x = (at: number) => ((at - domain[0]) / span) * plotWidth;
  const lastInLane: number[] = [];
  const lanes = new Map<string, number>();
  for (const m of [...markers].sort((a, b) => a.at - b.at)) {
    let lane = lastInLane.findIndex((last) => x(m.at) - last >= minGap);
    if (lane === -1) lane = lastInLane.length;
    lastInLane[lane] = x(m.at);
    lanes.set(m.id, lane);
  }
  return lanes;
}

/** Periods as bars on a year axis, events as numbered markers: a thin wrapper over recharts. */
export function TimelineChart({
  rows,
  markers,
  domain,
  ticks,
  tickFormatter,
  renderTooltip,
  ariaLabel,
  scale = 1,
}: Props) {
  // Markers that would touch at the drawn width stack upwards instead of hiding each other; the band above the plot
  // grows to fit.
  const [width, setWidth] = useState(1000);
  const stackIndex = markerLanes(
    markers,
    domain,
    Math.max(1, width - PLOT_MARGIN),
    MARKER_DIAMETER * scale + 2,
  );
  const levels = Math.max(1, ...[...stackIndex.values()].map((lane) => lane + 1));
  const markerStep = MARKER_STEP * scale;
  const markerBand = (20 + levels * MARKER_STEP) * scale;
  const rowHeight = ROW_HEIGHT * (scale === 1 ? 1 : 0.5 + scale / 2);
  const labelSize = 13 * scale;
  const height = rows.length * rowHeight + markerBand + 32 * scale;
  return (
    <div className="chart" style={{ height }}>
      <ResponsiveContainer width="100%" height={height} onResize={(w) => setWidth(w)}>
        <BarChart
          data={rows as TimelineRow[]}
          layout="vertical"
          margin={{ top: markerBand, right: 16, bottom: 0, left: 4 }}
          barSize={Math.round(16 * (scale === 1 ? 1 : 0.5 + scale / 2))}
          accessibilityLayer
          title={ariaLabel}
        >
          <XAxis
            type="number"
            domain={domain}
            ticks={ticks}
            allowDataOverflow
            tickFormatter={tickFormatter}
            tick={{ fill: 'var(--text-muted)', fontSize: 12 * scale }}
            style={{ fontSize: 12 * scale }}
            {...(scale === 1 ? {} : { height: 32 * scale })}
            tickLine={false}
            axisLine={{ stroke: 'var(--grid)' }}
          />
          <YAxis type="category" dataKey="id" hide />
          {ticks.map((tick) => (
            <ReferenceLine
              key={`grid-${tick}`}
              x={tick}
              stroke="var(--grid)"
              strokeWidth={1}
              ifOverflow="hidden"
            />
          ))}
          {markers.map((m) => (
            <ReferenceLine
              key={m.id}
              x={m.at}
              stroke="var(--marker)"
              strokeDasharray="2 3"
              label={({ viewBox }: { viewBox?: { x?: number; y?: number } }) => {
                const x = viewBox?.x ?? 0;
                const y = (viewBox?.y ?? markerBand) - 14 * scale - (stackIndex.get(m.id) ?? 0) * markerStep;
                return (
                  <g className="timeline-marker">
                    <circle cx={x} cy={y} r={9 * scale} fill="var(--marker)" />
                    <text
                      x={x}
                      y={y + 4 * scale}
                      textAnchor="middle"
                      fill="var(--bg)"
                      fontSize={11 * scale}
                      fontWeight={700}
                    >
                      {m.label}
                    </text>
                  </g>
                );
              }}
            />
          ))}
          <Tooltip
            cursor={{ fill: 'var(--hover)' }}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as TimelineRow | undefined;
              return active && row ? <div className="chart-tooltip">{renderTooltip(row.id)}</div> : null;
            }}
          />
          <Bar dataKey="range" isAnimationActive={false} minPointSize={6}>
            {rows.map((r) => (
              <Cell
                key={r.id}
                fill={r.color}
                fillOpacity={r.kind === 'stated' && !r.flagged ? 1 : 0.4}
                stroke={r.color}
                strokeWidth={r.kind === 'stated' && !r.flagged ? 0 : 2}
                strokeDasharray={r.kind === 'stated' ? undefined : '4 3'}
              />
            ))}
            <LabelList
              dataKey="label"
              content={({ x, y, width, height, value, index }) => {
                const row = rows[Number(index)];
                const text = String(value);
                const left = row
                  ? labelStart(row.range, domain, Number(x), Number(width), estimateTextWidth(text) * scale)
                  : Number(x);
                return (
                  <text
                    x={left}
                    y={Number(y) + Math.min(0, Number(height)) - 6 * scale}
                    className="bar-label"
                    fill="var(--text)"
                    style={scale === 1 ? undefined : { fontSize: labelSize }}
                  >
                    {text}
                  </text>
                );
              }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
