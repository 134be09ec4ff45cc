import { describe, expect, it } from 'vitest';
import { coverOf, hiddenBy, legendCover, NO_COVER } from '../../src/map/cover';

const box = (left: number, top: number, right: number, bottom: number) => ({
  left,
  top,
  right,
  bottom,
});
const map = box(10, 150, 590, 440); // the embed's map at 600 × 450

describe('what covers the map', () => {
  it('is the strip from the side an element sits nearest to its far edge', () => {
    // The embed's panel over the map's top left corner (it stays there in every language).
    expect(coverOf(map, box(18, 158, 370, 430))).toEqual({ left: 360, right: 0 });
    expect(coverOf(map, box(300, 158, 582, 430))).toEqual({ left: 0, right: 290 });
  });

  it('stops at the map’s edges', () => {
    expect(coverOf(map, box(0, 100, 400, 500))).toEqual({ left: 390, right: 0 });
    expect(coverOf(map, box(200, 100, 700, 500))).toEqual({ left: 0, right: 390 });
  });

  it('is nothing for an element beside the map or gone', () => {
    expect(coverOf(map, box(600, 150, 800, 440))).toEqual(NO_COVER);
    expect(coverOf(map, box(10, 0, 590, 140))).toEqual(NO_COVER);
    expect(coverOf(map, box(0, 0, 0, 0))).toEqual(NO_COVER);
  });
});

describe('the legend’s button', () => {
  // At 360 × 640 the map above a half-open sheet is 160 px tall; the button stands 52 px above
  // its bottom edge, 44 px tall, 92 px wide.
  const phone = box(0, 240, 360, 400);
  const button = box(8, 304, 100, 348);
  it('hides a strip beside it on a map too short for a fit to keep clear below it', () => {
    expect(legendCover(phone, button)).toEqual({ left: 100, right: 0 });
  });

  it('hides nothing on a taller map, where a fit keeps clear of it from below', () => {
    const desktop = box(0, 100, 900, 700);
    expect(legendCover(desktop, box(8, 618, 100, 662))).toEqual(NO_COVER);
  });

  it('hides, with a panel’s cover, the wider strip on each side', () => {
    const corner = { left: 100, right: 0 };
    expect(hiddenBy({ left: 0, right: 290, corner })).toEqual({ left: 100, right: 290 });
    expect(hiddenBy({ left: 360, right: 0, corner })).toEqual({ left: 360, right: 0 });
    expect(hiddenBy({ left: 0, right: 290 })).toEqual({ left: 0, right: 290 });
  });
});
