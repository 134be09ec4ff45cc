/**
 * Ids to send to the map, at most a frame's worth between two drawn frames.
 *
 * MapLibre applies every feature-state change made since its last frame in its next frame, on the
 * main thread: for each changed route it evaluates the paint values again in every tile the route
 * crosses. A slider step changes the routes of two years; but steps that come faster than frames
 * (a held key, a jump across the slider, a slow frame) pile up, and with 100 times the events one
 * frame took a thousand routes in one long task (docs/performance.md, "The slider sweep"). Queued, the map
 * catches up over a few frames instead, in the order the years were crossed, each frame short.
 */
export interface FrameQueue {
  /** Queues ids (an id already waiting keeps its place) and sends what this frame allows. */
  push(ids: Iterable<number>): void;
  /** A frame was drawn: a new frame's worth is sent. */
  frameDrawn(): void;
  /** Sends everything that waits, now: for a picture of the map, which must show it all. */
  flush(): void;
  /** Drops what waits: everything is about to be sent at once, or nothing can be. */
  clear(): void;
  /** How many ids wait. */
  readonly waiting: number;
}

/**
 * `send` sends one id's change, or nothing if it has none (then it costs the frame nothing), and
 * says which. Only changes sent count against `perFrame`.
 */
export function createFrameQueue(perFrame: number, send: (id: number) => boolean): FrameQueue {
  const queue = new Set<number>();
  let sent = 0;
  function drain() {
    for (const id of queue) {
      if (sent >= perFrame) return;
      queue.delete(id);
      if (send(id)) sent += 1;
    }
  }
  return {
    push(ids) {
      for (const id of ids) queue.add(id);
      drain();
    },
    frameDrawn() {
      sent = 0;
      drain();
    },
    flush() {
      for (const id of queue) {
        queue.delete(id);
        send(id);
      }
    },
    clear() {
      queue.clear();
    },
    get waiting() {
      return queue.size;
    },
  };
}
