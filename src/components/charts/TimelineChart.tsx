import type { ReactNode } from 'react';
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
  // Markers on the same date stack upwards instead of hiding each other; the band above the plot grows to fit.
  const stackIndex = new Map<string, number>();
  const seenAt = new Map<number, number>();
  for (const m of markers) {
    const key = Math.round(m.at * 10) / 10;
    const n = seenAt.get(key) ?? 0;
    stackIndex.set(m.id, n);
    seenAt.set(key, n + 1);
  }
  const levels = Math.max(1, ...seenAt.values());
  const markerStep = MARKER_STEP * scale;
  const markerBand = (20 + levels * MARKER_STEP) * scale;
  const rowHeight = ROW_HEIGHT * (scale === 1 ? 1 : 0.5 + scale / 2);
  const labelSize = 13 * scale;
  const height = rows.length * rowHeight + markerBand + 32 * scale;
  return (
    <div className="chart" style={{ height }}>
      <ResponsiveContainer width="100%" height={height}>
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
