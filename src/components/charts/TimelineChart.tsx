import type { ReactNode } from 'react';
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
}

const ROW_HEIGHT = 48;
const MARKER_BAND = 40;

/** Periods as bars on a year axis, events as numbered markers: a thin wrapper over recharts. */
export function TimelineChart({
  rows,
  markers,
  domain,
  ticks,
  tickFormatter,
  renderTooltip,
  ariaLabel,
}: Props) {
  const height = rows.length * ROW_HEIGHT + MARKER_BAND + 32;
  // Markers at the same place stack instead of hiding each other.
  const stackIndex = new Map<string, number>();
  const seenAt = new Map<number, number>();
  for (const m of markers) {
    const key = Math.round(m.at * 10) / 10;
    const n = seenAt.get(key) ?? 0;
    stackIndex.set(m.id, n);
    seenAt.set(key, n + 1);
  }
  return (
    <div className="chart" style={{ height }}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={rows as TimelineRow[]}
          layout="vertical"
          margin={{ top: MARKER_BAND, right: 16, bottom: 0, left: 4 }}
          barCategoryGap={ROW_HEIGHT - 18}
          accessibilityLayer
          title={ariaLabel}
        >
          <XAxis
            type="number"
            domain={domain}
            ticks={ticks}
            allowDataOverflow
            tickFormatter={tickFormatter}
            tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
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
                const y = (viewBox?.y ?? MARKER_BAND) - 14;
                const dx = (stackIndex.get(m.id) ?? 0) * 20;
                return (
                  <g className="timeline-marker">
                    <circle cx={x + dx} cy={y} r={9} fill="var(--marker)" />
                    <text
                      x={x + dx}
                      y={y + 4}
                      textAnchor="middle"
                      fill="var(--bg)"
                      fontSize={11}
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
              content={({ x, y, value }) => (
                <text x={Number(x)} y={Number(y) - 5} className="bar-label" fill="var(--text)">
                  {String(value)}
                </text>
              )}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
