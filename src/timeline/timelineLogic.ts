import { yearOf } from '../data/dates';
import type { Mission, Status } from '../data/schema';
import type { YearRange } from '../data/derive';

/** Headless timeline logic: plain functions, unit-tested without React. */

export function clampYear(year: number, range: YearRange): number {
  return Math.min(range.max, Math.max(range.min, Math.round(year)));
}

export function previousEventYear(eventYears: readonly number[], year: number): number | null {
  for (let i = eventYears.length - 1; i >= 0; i--) {
    const y = eventYears[i];
    if (y !== undefined && y < year) return y;
  }
  return null;
}

export function nextEventYear(eventYears: readonly number[], year: number): number | null {
  return eventYears.find((y) => y > year) ?? null;
}

/** Position of a year along the track, 0–100 (%). */
export function yearPercent(year: number, range: YearRange): number {
  return range.max === range.min ? 0 : ((year - range.min) / (range.max - range.min)) * 100;
}

export interface Band {
  status: Status;
  from: number;
  to: number;
}

/** Year spans of a mission's intervals with one of the statuses, e.g. Kabul's closures. */
export function statusBands(
  mission: Mission,
  statuses: readonly Status[],
  range: YearRange,
): Band[] {
  return mission.statuses.flatMap((interval) => {
    if (!statuses.includes(interval.status)) return [];
    const from = interval.start ? yearOf(interval.start.date) : range.min;
    const to = interval.end ? yearOf(interval.end.date) : range.max;
    return [
      { status: interval.status, from: Math.max(from, range.min), to: Math.min(to, range.max) },
    ];
  });
}

/** The next year while playing, or null at the end (play stops there). */
export function playStep(year: number, range: YearRange): number | null {
  return year >= range.max ? null : year + 1;
}
