import { yearOf } from './convert';
import type { PartialDate } from './format';
import type { Commitment } from './schema';

export const TIMELINE_FROM = 2014;
export const TIMELINE_TO = 2030;

export interface TimelineSpan {
  /** Fractional years: a period of 2026–2029 spans [2026, 2030). */
  start: number;
  end: number;
  /** stated: the source gives both ends; derived: counted from the announcement year; unknown: no period, drawn as a stub at the announcement year. */
  kind: 'stated' | 'derived' | 'unknown';
  /** The last year of a period that runs past the axis. */
  continuesTo?: number;
}

const UNKNOWN_STUB = 0.35;

/** Where a commitment's period sits on the year axis, or null when nothing in the record places it. */
export function periodSpan(c: Commitment, axisEnd = TIMELINE_TO): TimelineSpan | null {
  const announced = yearOf(c.announced);
  let span: TimelineSpan | null;
  switch (c.period.kind) {
    case 'range':
      span = { start: c.period.start, end: c.period.end + 1, kind: 'stated' };
      break;
    case 'duration':
      span = { start: c.period.from, end: c.period.from + c.period.years, kind: 'derived' };
      break;
    case 'until':
      span = announced === undefined ? null : { start: announced, end: c.period.end + 1, kind: 'derived' };
      break;
    case 'unknown':
      span =
        announced === undefined ? null : { start: announced, end: announced + UNKNOWN_STUB, kind: 'unknown' };
      break;
  }
  if (span && span.end > axisEnd + 1)
    return { ...span, end: axisEnd + 1, continuesTo: Math.ceil(span.end) - 1 };
  return span;
}

function daysInYear(year: number): number {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 366 : 365;
}

/** A date as a fractional year, at the middle of what its precision allows ("2024" sits at mid-2024). */
export function fractionalYear(d: PartialDate): number {
  const [y, m, day] = d.date.split('-').map(Number) as [number, number?, number?];
  if (d.precision === 'year')
    return y + (d.qualifier === 'early' ? 0.15 : d.qualifier === 'late' ? 0.85 : 0.5);
  if (d.precision === 'month') return y + ((m ?? 1) - 0.5) / 12;
  const dayOfYear = (Date.UTC(y, (m ?? 1) - 1, day ?? 1) - Date.UTC(y, 0, 1)) / 86_400_000;
  return y + (dayOfYear + 0.5) / daysInYear(y);
}
