/**
 * Runs the latest scheduled job at most once per `intervalMs`: the first at once, later ones when
 * the interval has passed, always ending with the most recent. Used for year changes while the
 * slider is dragged or swept: where a browser composites in software (no usable GPU), each map
 * frame is read back on the page's main thread (docs/performance.md, "Two set-ups"), so redraws
 * must not follow every step.
 */
export interface Throttle {
  schedule(job: () => void): void;
  cancel(): void;
}

export function createThrottle(
  intervalMs: number,
  now: () => number = () => performance.now(),
): Throttle {
  let lastRun = Number.NEGATIVE_INFINITY;
  let pending: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = (job: () => void) => {
    lastRun = now();
    job();
  };

  return {
    schedule(job) {
      const wait = lastRun + intervalMs - now();
      if (wait <= 0 && timer === undefined) {
        run(job);
        return;
      }
      pending = job;
      timer ??= setTimeout(
        () => {
          timer = undefined;
          const next = pending;
          pending = null;
          if (next) run(next);
        },
        Math.max(0, wait),
      );
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      pending = null;
    },
  };
}
