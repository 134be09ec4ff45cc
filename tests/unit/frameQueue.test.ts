import { describe, expect, it } from 'vitest';
import { createFrameQueue } from '../../src/map/frameQueue';

/** A queue whose sends are recorded; ids in `unchanged` have nothing to send. */
function setup(perFrame: number, unchanged: ReadonlySet<number> = new Set()) {
  const sent: number[] = [];
  const queue = createFrameQueue(perFrame, (id) => {
    if (unchanged.has(id)) return false;
    sent.push(id);
    return true;
  });
  return { queue, sent };
}

describe('frame queue', () => {
  it('sends at once what fits in the frame, the rest a frame’s worth per frame, in order', () => {
    const { queue, sent } = setup(3);
    queue.push([1, 2]);
    expect(sent).toEqual([1, 2]);
    queue.push([3, 4, 5, 6, 7, 8]);
    expect(sent).toEqual([1, 2, 3]);
    expect(queue.waiting).toBe(5);
    queue.frameDrawn();
    expect(sent).toEqual([1, 2, 3, 4, 5, 6]);
    queue.frameDrawn();
    expect(sent).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(queue.waiting).toBe(0);
    // A frame with nothing waiting sends nothing, and the next frame has its whole share.
    queue.frameDrawn();
    queue.push([9, 10, 11, 12]);
    expect(sent.slice(8)).toEqual([9, 10, 11]);
  });

  it('keeps an id queued twice in its first place, and sends it once', () => {
    const { queue, sent } = setup(1);
    queue.push([1, 2, 3]);
    queue.push([3, 2, 4]);
    for (let i = 0; i < 5; i++) queue.frameDrawn();
    expect(sent).toEqual([1, 2, 3, 4]);
  });

  it('counts only ids that had something to send', () => {
    const { queue, sent } = setup(2, new Set([2, 3, 4]));
    queue.push([1, 2, 3, 4, 5, 6]);
    expect(sent).toEqual([1, 5]);
    expect(queue.waiting).toBe(1);
  });

  it('sends everything that waits when flushed, whatever the frame has left', () => {
    const { queue, sent } = setup(2);
    queue.push([1, 2, 3, 4, 5]);
    queue.flush();
    expect(sent).toEqual([1, 2, 3, 4, 5]);
    expect(queue.waiting).toBe(0);
  });

  it('drops what waits when cleared', () => {
    const { queue, sent } = setup(1);
    queue.push([1, 2, 3]);
    queue.clear();
    queue.frameDrawn();
    expect(sent).toEqual([1]);
    expect(queue.waiting).toBe(0);
  });
});
