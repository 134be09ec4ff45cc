import { describe, expect, it } from 'vitest';
import { indexOf } from '../../src/data/lookup';
import {
  adjacentEvent,
  clampYear,
  firstEventOf,
  statusBands,
  yearPercent,
} from '../../src/timeline/timelineLogic';
import { loadRealData } from './realData';

const sorted = indexOf(loadRealData()).sortedEvents;

const range = { min: 1907, max: 2026 };

describe('timeline logic', () => {
  it('clamps and rounds years into the range', () => {
    expect(clampYear(1800, range)).toBe(1907);
    expect(clampYear(3000, range)).toBe(2026);
    expect(clampYear(1969.4, range)).toBe(1969);
  });

  it('steps from a selected event to the one before or after it, even within its year', () => {
    const at = (eventId: string, direction: -1 | 1) =>
      adjacentEvent(sorted, { eventId, year: Number(eventId.slice(0, 4)) }, direction)?.id;
    expect(at('2002-tokyo-conference', 1)).toBe('2002-kawaguchi-visits-afghanistan');
    expect(at('2002-tokyo-conference', -1)).toBe('2001-mofa-officials-arrive-kabul');
    expect(at('1907-ayub-khan-visit', -1)).toBeUndefined();
    expect(at('2026-afghan-embassy-tokyo-stops-operating', 1)).toBeUndefined();
  });

  it('with nothing selected, steps to the last event before the year or the first after it', () => {
    const position = { eventId: null, year: 1985 };
    expect(adjacentEvent(sorted, position, -1)?.id).toBe('1979-japanese-embassy-kabul-closes');
    expect(adjacentEvent(sorted, position, 1)?.id).toBe('1989-japan-to-leave-kabul');
    expect(adjacentEvent(sorted, { eventId: null, year: 1907 }, -1)).toBeNull();
    expect(adjacentEvent(sorted, { eventId: null, year: 2026 }, 1)).toBeNull();
  });

  it('opens the first event of a year from its tick', () => {
    expect(firstEventOf(sorted, 2002)?.id).toBe('2002-tokyo-conference');
    expect(firstEventOf(sorted, 1990)).toBeNull();
  });

  it('places years along the track', () => {
    expect(yearPercent(1907, range)).toBe(0);
    expect(yearPercent(2026, range)).toBe(100);
  });

  it('finds the periods when Japan’s Kabul embassy was closed', () => {
    const kabul = loadRealData().missions.find((m) => m.id === 'kabul');
    if (!kabul) throw new Error('no kabul');
    expect(statusBands(kabul, ['closed'], range).map((b) => [b.from, b.to])).toEqual([
      [1945, 1954],
      [1979, 2002],
      [2021, 2022],
    ]);
  });
});
