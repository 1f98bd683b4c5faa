import type { ReactNode } from 'react';
import { memo } from 'react';
import { estimateTextWidth } from './text-width';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { XAxisTickContentProps } from 'recharts';

export interface BarDatum {
  id: string;
  /** Shown above the bar, so that long labels need no axis width and work on a phone. */
  label: string;
  value: number;
  /** Shown at the end of the bar. */
  valueLabel: string;
  color: string;
  /** Drawn hatched-light with a dashed outline: the public record does not back this figure. */
  flagged?: boolean;
}

interface Props {
  data: readonly BarDatum[];
  axisFormatter: (value: number) => string;
  renderTooltip: (id: string) => ReactNode;
  ariaLabel: string;
}

const ROW_HEIGHT = 52;
const AXIS_HEIGHT = 32;

/**
 * A thin horizontal bar chart: it knows nothing of currencies or languages, only of the formatters it is given.
 * Memoized: recharts redraws every bar on each render, so a caller that keeps its props stable skips the redraw.
 */
export const HorizontalBarChart = memo(function HorizontalBarChart({
  data,
  axisFormatter,
  renderTooltip,
  ariaLabel,
}: Props) {
  // Room at the right for the longest value label, which sits after its bar.
  const valueRoom = Math.min(Math.max(...data.map((d) => estimateTextWidth(d.valueLabel)), 30) + 16, 200);
  const height = data.length * ROW_HEIGHT + AXIS_HEIGHT;
  return (
    <div className="chart" style={{ height }}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data as BarDatum[]}
          layout="vertical"
          margin={{ top: 18, right: valueRoom, bottom: 0, left: 4 }}
          barSize={22}
          accessibilityLayer
          title={ariaLabel}
        >
          <XAxis
            type="number"
            // Plain SVG text: recharts' own tick label and its default interval measure every label in the DOM on
            // each render (forced layouts that made up most of a language or currency switch). Four short ticks fit.
            tick={({ x, y, payload, index }: XAxisTickContentProps) => (
              <text
                x={x}
                y={y}
                dy="0.71em"
                // The first tick sits on the plot's left edge: centred, half of it would be cut off.
                textAnchor={index === 0 ? 'start' : 'middle'}
                className="recharts-cartesian-axis-tick-value"
                fill="var(--text-muted)"
                fontSize={12}
              >
                {axisFormatter(Number(payload.value))}
              </text>
            )}
            axisLine={false}
            tickLine={false}
            tickCount={4}
            interval={0}
          />
          <YAxis type="category" dataKey="id" hide />
          <Tooltip
            cursor={{ fill: 'var(--hover)' }}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const datum = payload?.[0]?.payload as BarDatum | undefined;
              return active && datum ? <div className="chart-tooltip">{renderTooltip(datum.id)}</div> : null;
            }}
          />
          <Bar dataKey="value" isAnimationActive={false} radius={[0, 2, 2, 0]}>
            {data.map((d) => (
              <Cell
                key={d.id}
                fill={d.color}
                fillOpacity={d.flagged ? 0.35 : 1}
                stroke={d.flagged ? d.color : 'none'}
                strokeDasharray={d.flagged ? '4 3' : undefined}
                strokeWidth={d.flagged ? 2 : 0}
              />
            ))}
            <LabelList
              dataKey="label"
              content={({ x, y, height, value }) => (
                <text
                  x={Number(x)}
                  y={Number(y) + Math.min(0, Number(height)) - 6}
                  className="bar-label"
                  fill="var(--text)"
                >
                  {String(value)}
                </text>
              )}
            />
            <LabelList dataKey="valueLabel" position="right" className="bar-value" fill="var(--text)" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});
