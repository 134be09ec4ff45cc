import { describe, expect, it } from 'vitest';
import {
  CHEVRON_HALF_WIDTH,
  CHEVRON_STROKE,
  chevronDistance,
  chevronSdf,
} from '../../src/map/chevron';

const image = chevronSdf();
const alphaAtPixel = (col: number, row: number) => image.data[(row * image.width + col) * 4 + 3];
/** Alpha at a point given in CSS pixels. */
const alphaAt = (x: number, y: number) =>
  alphaAtPixel(Math.floor(x * image.pixelRatio), Math.floor(y * image.pixelRatio));
/** MapLibre draws an SDF icon's body where alpha is above 0.75 (192 of 256)… */
const EDGE_ALPHA = 0.75 * 255;
/** …and a 1 px halo down to (6 - 1) / 8, softened by about 0.1 either side. */
const HALO_FLOOR = (5 / 8 - 0.1) * 255;

const [[endX, topY], [tipX, tipY], [, bottomY]] = CHEVRON_STROKE as [
  [number, number],
  [number, number],
  [number, number],
];

describe('chevronSdf', () => {
  it('is a square RGBA image at twice the CSS size', () => {
    expect(image.pixelRatio).toBe(2);
    expect(image.width).toBe(image.height);
    expect(image.data).toHaveLength(image.width * image.height * 4);
  });

  it('draws nothing, not even halo, along its border, so the icon never shows a box', () => {
    const last = image.width - 1;
    for (let i = 0; i <= last; i++) {
      for (const [col, row] of [
        [i, 0],
        [i, last],
        [0, i],
        [last, i],
      ] as const) {
        expect(alphaAtPixel(col, row)).toBeLessThan(HALO_FLOOR);
      }
    }
  });

  it('points along +x, the direction of travel: the tip is at the middle row on the right', () => {
    expect(tipY).toBe(image.height / image.pixelRatio / 2);
    // The tip: ink in the middle row, none level with the open ends.
    expect(alphaAt(tipX, tipY)).toBeGreaterThan(EDGE_ALPHA);
    expect(alphaAt(tipX, topY)).toBeLessThan(EDGE_ALPHA);
    expect(alphaAt(tipX, bottomY)).toBeLessThan(EDGE_ALPHA);
    // The open end, left of the tip: ink at the top and bottom, none in the middle.
    expect(endX).toBeLessThan(tipX);
    expect(alphaAt(endX, topY)).toBeGreaterThan(EDGE_ALPHA);
    expect(alphaAt(endX, bottomY)).toBeGreaterThan(EDGE_ALPHA);
    expect(alphaAt(endX, tipY)).toBeLessThan(EDGE_ALPHA);
  });

  it('encodes distance as MapLibre expects: 0.75 at the edge, 1/8 less per pixel outward', () => {
    const edgeX = tipX + CHEVRON_HALF_WIDTH;
    expect(chevronDistance(edgeX, tipY)).toBeCloseTo(0, 5);
    expect(chevronDistance(edgeX + 3, tipY)).toBeCloseTo(3, 5);
    expect(chevronDistance(tipX, tipY)).toBeCloseTo(-CHEVRON_HALF_WIDTH, 5);
    // The image samples pixel centres: compare with the distance there, 2 px outside the edge.
    const col = Math.floor((edgeX + 2) * image.pixelRatio);
    const row = Math.floor(tipY * image.pixelRatio);
    const d = chevronDistance((col + 0.5) / image.pixelRatio, (row + 0.5) / image.pixelRatio);
    expect(d).toBeGreaterThan(1.5);
    expect(alphaAtPixel(col, row)).toBe(Math.round((0.75 - d / 8) * 255));
  });
});
