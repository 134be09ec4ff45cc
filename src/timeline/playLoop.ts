import type { YearRange } from '../data/derive';

/**
 * Play, as headless logic: walks the year forward one step per tick and stops at the end. It
 * knows nothing of React or the store; Timeline starts it while the store says `playing` and
 * stops it when that turns false (which any deliberate move does).
 */
export const PLAY_INTERVAL_MS = 700;

/** With reduced motion the walk still steps year by year, but half as fast. */
export function playDelay(reducedMotion: boolean): number {
  return reducedMotion ? PLAY_INTERVAL_MS * 2 : PLAY_INTERVAL_MS;
}

/** The year after `year` while playing, or null at the end (play stops there). */
export function playStep(year: number, range: YearRange): number | null {
  return year >= range.max ? null : year + 1;
}

/** Play from the end starts again from the beginning. */
export function playStartYear(year: number, range: YearRange): number {
  return year >= range.max ? range.min : year;
}

export interface PlayTarget {
  year(): number;
  /** A play step: a continuous move, which replaces the history entry rather than pushing one. */
  step(year: number): void;
  /** Play reached the end and stopped by itself. */
  finished(): void;
}

export interface Clock {
  setInterval(callback: () => void, ms: number): ReturnType<typeof setInterval>;
  clearInterval(id: ReturnType<typeof setInterval>): void;
}

export interface PlayLoop {
  start(): void;
  stop(): void;
  readonly running: boolean;
}

export function createPlayLoop(
  range: YearRange,
  target: PlayTarget,
  options: { reducedMotion: boolean; clock?: Clock },
): PlayLoop {
  const clock: Clock = options.clock ?? {
    setInterval: (callback, ms) => setInterval(callback, ms),
    clearInterval: (id) => clearInterval(id),
  };
  let timer: ReturnType<typeof setInterval> | null = null;

  const stop = () => {
    if (timer !== null) clock.clearInterval(timer);
    timer = null;
  };
  const tick = () => {
    const next = playStep(target.year(), range);
    if (next === null) {
      stop();
      target.finished();
    } else target.step(next);
  };

  return {
    start() {
      if (timer !== null) return;
      const first = playStartYear(target.year(), range);
      if (first !== target.year()) target.step(first);
      timer = clock.setInterval(tick, playDelay(options.reducedMotion));
    },
    stop,
    get running() {
      return timer !== null;
    },
  };
}
