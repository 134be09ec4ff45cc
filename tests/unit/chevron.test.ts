import { describe, expect, it } from 'vitest';
import {
  CHEVRON_HALF_WIDTH,
  CHEVRON_HEIGHT,
  CHEVRON_SPACING,
  CHEVRON_STROKE,
  chevronDistance,
  chevronPattern,
} from '../../src/map/chevron';

const INK = '#1d4e89';
const image = chevronPattern(INK);
const pixel = (col: number, row: number) => {
  const at = (row * image.width + col) * 4;
  return Array.from(image.data.slice(at, at + 4));
};
/** Where the chevron's cell starts in the tile, found from the image itself. */
const inkColumns = Array.from({ length: image.width }, (_, col) => col).filter((col) =>
  Array.from({ length: image.height }, (_, row) => row).some(
    (row) => (pixel(col, row)[3] ?? 0) > 0,
  ),
);
/** The pixel at a point of the chevron's cell, in CSS pixels. */
const cellStart = (CHEVRON_SPACING - CHEVRON_HEIGHT) / 2;
const at = (x: number, y: number) =>
  pixel(Math.floor((cellStart + x) * image.pixelRatio), Math.floor(y * image.pixelRatio));

const [[endX, topY], [tipX, tipY], [, bottomY]] = CHEVRON_STROKE as [
  [number, number],
  [number, number],
  [number, number],
];

describe('chevronPattern', () => {
  it('is one tile of the line pattern: spacing by height, at twice the CSS size', () => {
    expect(image.pixelRatio).toBe(2);
    expect(image.width).toBe(CHEVRON_SPACING * 2);
    expect(image.height).toBe(CHEVRON_HEIGHT * 2);
    expect(image.data).toHaveLength(image.width * image.height * 4);
  });

  it('holds one chevron, clear of the tile edges, so chevrons never touch across tiles', () => {
    const first = inkColumns[0] ?? 0;
    const last = inkColumns.at(-1) ?? image.width;
    expect(first).toBeGreaterThan(0);
    expect(last).toBeLessThan(image.width - 1);
    // One contiguous run of columns: a single chevron.
    expect(last - first + 1).toBe(inkColumns.length);
    expect(last - first).toBeLessThan(CHEVRON_HEIGHT * image.pixelRatio);
    for (let col = 0; col < image.width; col++) {
      expect(pixel(col, 0)[3]).toBe(0);
      expect(pixel(col, image.height - 1)[3]).toBe(0);
    }
  });

  it('points along +x, the direction of travel, in the colour asked for', () => {
    expect(tipY).toBe(CHEVRON_HEIGHT / 2);
    expect(at(tipX, tipY)).toEqual([0x1d, 0x4e, 0x89, 255]);
    expect(at(tipX, topY)[3]).toBe(0);
    expect(at(tipX, bottomY)[3]).toBe(0);
    expect(endX).toBeLessThan(tipX);
    expect(at(endX, topY)).toEqual([0x1d, 0x4e, 0x89, 255]);
    expect(at(endX, bottomY)).toEqual([0x1d, 0x4e, 0x89, 255]);
    expect(at(endX, tipY)[3]).toBe(0);
  });

  it('rims the stroke in white, so it reads over the route line beneath', () => {
    // Half a pixel outside the stroke's edge, beyond the tip: white and opaque.
    const x = tipX + CHEVRON_HALF_WIDTH + 0.5;
    expect(chevronDistance(x, tipY)).toBeCloseTo(0.5, 5);
    expect(at(x, tipY)).toEqual([255, 255, 255, 255]);
    // Two pixels out: nothing.
    expect(at(tipX + CHEVRON_HALF_WIDTH + 2.25, tipY)[3]).toBe(0);
  });

  it('measures distance to the stroke: negative inside, zero on the edge', () => {
    expect(chevronDistance(tipX, tipY)).toBeCloseTo(-CHEVRON_HALF_WIDTH, 5);
    expect(chevronDistance(tipX + CHEVRON_HALF_WIDTH, tipY)).toBeCloseTo(0, 5);
    expect(chevronDistance(tipX + CHEVRON_HALF_WIDTH + 3, tipY)).toBeCloseTo(3, 5);
  });
});
