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
  /** Type and bars grow by this factor (a slide read from the back of a room); 1 on the dashboard. */
  scale?: number;
  /** Put each label in a column of this width left of its bar instead of above it (rows then take less height). */
  labelWidth?: number;
  /** Draw the value axis (bars carry their values, so a dense slide can do without it). */
  axis?: boolean;
}

const ROW_HEIGHT = 52;
const AXIS_HEIGHT = 32;
const LABEL_SIZE = 13;
const TICK_SIZE = 12;

/**
 * A thin horizontal bar chart: it knows nothing of currencies or languages, only of the formatters it is given.
 * Memoized: recharts redraws every bar on each render, so a caller that keeps its props stable skips the redraw.
 */
export const HorizontalBarChart = memo(function HorizontalBarChart({
  data,
  axisFormatter,
  renderTooltip,
  ariaLabel,
  scale = 1,
  labelWidth,
  axis = true,
}: Props) {
  const beside = labelWidth !== undefined;
  const labelSize = LABEL_SIZE * scale;
  // Room at the right for the longest value label, which sits after its bar.
  const valueRoom =
    Math.min(Math.max(...data.map((d) => estimateTextWidth(d.valueLabel)), 30) + 16, 200) * scale;
  const barSize = beside ? Math.round(labelSize * 1.1) : Math.round(22 * scale);
  const rowHeight = beside ? Math.round(labelSize * 1.7) : Math.round(ROW_HEIGHT * scale);
  const height = data.length * rowHeight + (axis ? AXIS_HEIGHT * scale : 0);
  const labelOf = new Map(data.map((d) => [d.id, d.label]));
  return (
    <div className="chart" style={{ height }}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data as BarDatum[]}
          layout="vertical"
          margin={{ top: beside ? 4 : 18 * scale, right: valueRoom, bottom: 0, left: 4 }}
          barSize={barSize}
          accessibilityLayer
          title={ariaLabel}
        >
          <XAxis
            type="number"
            hide={!axis}
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
                fontSize={TICK_SIZE * scale}
              >
                {axisFormatter(Number(payload.value))}
              </text>
            )}
            axisLine={false}
            tickLine={false}
            tickCount={4}
            interval={0}
            {...(scale === 1 ? {} : { height: AXIS_HEIGHT * scale })}
          />
          <YAxis
            type="category"
            dataKey="id"
            hide={!beside}
            interval={0}
            {...(beside ? { width: labelWidth } : {})}
            axisLine={false}
            tickLine={false}
            // A plain text tick: recharts' own would wrap a label it measures differently from the column.
            tick={({ x, y, payload }) => (
              <text
                x={Number(x)}
                y={Number(y)}
                dy="0.35em"
                textAnchor="end"
                className="bar-label"
                fill="var(--text)"
                style={{ fontSize: labelSize }}
              >
                {labelOf.get(String(payload.value)) ?? String(payload.value)}
              </text>
            )}
          />
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
            {!beside && (
              <LabelList
                dataKey="label"
                content={({ x, y, height, value }) => (
                  <text
                    x={Number(x)}
                    y={Number(y) + Math.min(0, Number(height)) - 6 * scale}
                    className="bar-label"
                    fill="var(--text)"
                    style={scale === 1 ? undefined : { fontSize: labelSize }}
                  >
                    {String(value)}
                  </text>
                )}
              />
            )}
            <LabelList
              dataKey="valueLabel"
              position="right"
              className="bar-value"
              fill="var(--text)"
              style={scale === 1 ? undefined : { fontSize: labelSize }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});
