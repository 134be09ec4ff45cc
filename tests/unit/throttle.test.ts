import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottle } from '../../src/map/throttle';

describe('createThrottle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const clock = () => Date.now();

  it('runs the first job at once', () => {
    const throttle = createThrottle(100, clock);
    const ran: number[] = [];
    throttle.schedule(() => ran.push(1));
    expect(ran).toEqual([1]);
  });

  it('during a burst runs at most once per interval and always ends with the latest job', () => {
    const throttle = createThrottle(100, clock);
    const ran: number[] = [];
    for (let year = 1907; year <= 2025; year++) {
      throttle.schedule(() => ran.push(year));
      vi.advanceTimersByTime(10); // a key press every 10 ms, 1.19 s in all
    }
    vi.advanceTimersByTime(200);
    expect(ran[0]).toBe(1907);
    expect(ran.at(-1)).toBe(2025);
    expect(ran.length).toBeGreaterThanOrEqual(11);
    expect(ran.length).toBeLessThanOrEqual(14);
    expect([...ran].sort((a, b) => a - b)).toEqual(ran); // in order, nothing stale after newer
  });

  it('runs at once again after a quiet interval', () => {
    const throttle = createThrottle(100, clock);
    const ran: string[] = [];
    throttle.schedule(() => ran.push('a'));
    vi.advanceTimersByTime(150);
    throttle.schedule(() => ran.push('b'));
    expect(ran).toEqual(['a', 'b']);
  });

  it('cancel drops the pending job', () => {
    const throttle = createThrottle(100, clock);
    const ran: string[] = [];
    throttle.schedule(() => ran.push('a'));
    throttle.schedule(() => ran.push('b'));
    throttle.cancel();
    vi.advanceTimersByTime(500);
    expect(ran).toEqual(['a']);
  });
});
