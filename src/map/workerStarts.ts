/** How long a started worker is given to fail before it is taken to have started. */
export const WORKER_START_MS = 1500;

/**
 * Whether a module worker script starts: it is fetched and run in a throwaway worker, and an
 * error (the script missing, not JavaScript, or throwing as it starts) says it does not.
 */
export function workerStarts(url: string, waitMs = WORKER_START_MS): Promise<boolean> {
  return new Promise((settle) => {
    let worker: Worker;
    try {
      worker = new Worker(url, { type: 'module' });
    } catch {
      settle(false);
      return;
    }
    const done = (started: boolean) => {
      clearTimeout(timer);
      worker.terminate();
      settle(started);
    };
    const timer = setTimeout(() => done(true), waitMs);
    worker.addEventListener('error', (event) => {
      // Handled here: the failure is reported by the map area, not as an uncaught error.
      event.preventDefault();
      done(false);
    });
  });
}
