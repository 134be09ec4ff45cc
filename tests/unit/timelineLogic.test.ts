import { describe, expect, it } from 'vitest';
import {
  clampYear,
  nextEventYear,
  playStep,
  previousEventYear,
  statusBands,
  yearPercent,
} from '../../src/timeline/timelineLogic';
import { loadRealData } from './realData';

const range = { min: 1907, max: 2026 };

describe('timeline logic', () => {
  it('clamps and rounds years into the range', () => {
    expect(clampYear(1800, range)).toBe(1907);
    expect(clampYear(3000, range)).toBe(2026);
    expect(clampYear(1969.4, range)).toBe(1969);
  });

  it('finds the previous and next event years', () => {
    const years = [1907, 1914, 1969, 2002];
    expect(previousEventYear(years, 1969)).toBe(1914);
    expect(previousEventYear(years, 1907)).toBeNull();
    expect(nextEventYear(years, 1969)).toBe(2002);
    expect(nextEventYear(years, 2002)).toBeNull();
  });

  it('steps while playing and stops at the end', () => {
    expect(playStep(2000, range)).toBe(2001);
    expect(playStep(2026, range)).toBeNull();
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
