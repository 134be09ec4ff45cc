import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPlayLoop,
  PLAY_INTERVAL_MS,
  playDelay,
  playStartYear,
  playStep,
  type PlayTarget,
} from '../../src/timeline/playLoop';

const range = { min: 1907, max: 2026 };

/** A year held by the test, stepped by the loop. */
function target(start: number) {
  let year = start;
  const steps: number[] = [];
  const finished = vi.fn();
  const t: PlayTarget = {
    year: () => year,
    step: (next) => {
      year = next;
      steps.push(next);
    },
    finished,
  };
  return { t, steps, finished, year: () => year, move: (y: number) => (year = y) };
}

describe('play logic', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('steps one year per tick and stops at the end', () => {
    expect(playStep(2000, range)).toBe(2001);
    expect(playStep(2026, range)).toBeNull();
    const { t, steps, finished } = target(2023);
    const loop = createPlayLoop(range, t, { reducedMotion: false });
    loop.start();
    expect(loop.running).toBe(true);
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 3);
    expect(steps).toEqual([2024, 2025, 2026]);
    expect(finished).not.toHaveBeenCalled();
    vi.advanceTimersByTime(PLAY_INTERVAL_MS);
    expect(finished).toHaveBeenCalledTimes(1);
    expect(loop.running).toBe(false);
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 5);
    expect(steps).toEqual([2024, 2025, 2026]);
  });

  it('starts again from the beginning when started at the end', () => {
    expect(playStartYear(2026, range)).toBe(1907);
    expect(playStartYear(1985, range)).toBe(1985);
    const { t, steps } = target(2026);
    createPlayLoop(range, t, { reducedMotion: false }).start();
    expect(steps).toEqual([1907]);
    vi.advanceTimersByTime(PLAY_INTERVAL_MS);
    expect(steps).toEqual([1907, 1908]);
  });

  it('stops when told to (a deliberate move), and steps on from wherever the year then is', () => {
    const { t, steps, move } = target(1960);
    const loop = createPlayLoop(range, t, { reducedMotion: false });
    loop.start();
    vi.advanceTimersByTime(PLAY_INTERVAL_MS);
    loop.stop();
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 4);
    expect(steps).toEqual([1961]);
    move(1969);
    loop.start();
    vi.advanceTimersByTime(PLAY_INTERVAL_MS);
    expect(steps).toEqual([1961, 1970]);
  });

  it('with reduced motion, steps half as often', () => {
    expect(playDelay(true)).toBe(PLAY_INTERVAL_MS * 2);
    const { t, steps } = target(1960);
    createPlayLoop(range, t, { reducedMotion: true }).start();
    vi.advanceTimersByTime(PLAY_INTERVAL_MS);
    expect(steps).toEqual([]);
    vi.advanceTimersByTime(PLAY_INTERVAL_MS);
    expect(steps).toEqual([1961]);
  });
});
