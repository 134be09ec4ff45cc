import { yearOf } from '../data/dates';
import { eventYear, yearBound, type YearRange } from '../data/derive';
import type { Mission, RelationsEvent, Status } from '../data/schema';

/** Headless timeline logic: plain functions, unit-tested without React. */

export function clampYear(year: number, range: YearRange): number {
  return Math.min(range.max, Math.max(range.min, Math.round(year)));
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

/** A mission's closures, shaded behind the slider and named in its legend. */
export interface ClosureBands {
  mission: Mission;
  bands: Band[];
}

/** The closures of every mission the data marks with `band`. */
export function closureBands(missions: readonly Mission[], range: YearRange): ClosureBands[] {
  return missions
    .filter((m) => m.band)
    .map((mission) => ({ mission, bands: statusBands(mission, ['closed'], range) }));
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

/** Where the reader is: the selected event, if any, and the year. */
export interface TimelinePosition {
  eventId: string | null;
  year: number;
}

/**
 * The event Previous (-1) or Next (+1) goes to, in chronology order. From a selected event, the
 * one before or after it (which may be in the same year); with none selected, the last event
 * before the year or the first after it.
 */
export function adjacentEvent(
  sorted: readonly RelationsEvent[],
  { eventId, year }: TimelinePosition,
  direction: -1 | 1,
): RelationsEvent | null {
  const at = eventId === null ? -1 : sorted.findIndex((e) => e.id === eventId);
  if (at >= 0) return sorted[at + direction] ?? null;
  if (direction === 1) return sorted[yearBound(sorted, year + 1)] ?? null;
  return sorted[yearBound(sorted, year) - 1] ?? null;
}

/** The first event of a year in chronology order: what a tick on the slider opens. */
export function firstEventOf(
  sorted: readonly RelationsEvent[],
  year: number,
): RelationsEvent | null {
  const first = sorted[yearBound(sorted, year)];
  return first && eventYear(first) === year ? first : null;
}
