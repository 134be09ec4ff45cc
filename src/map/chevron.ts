import type { CodeImage } from './codeImage';

/**
 * The route direction chevrons, as line patterns drawn in code: one tile of the pattern is a gap
 * and one chevron pointing along +x, the line's direction of travel, in the route's colour with a
 * white rim. MapLibre repeats a line pattern along the line as part of the line itself.
 *
 * Why a pattern and not symbols along the line: a symbol layer goes through label placement in
 * every frame, and with thousands of routes (the bench's 100 × data) that placement alone made
 * long frames during a slider sweep (docs/performance.md). A pattern costs what a line costs. (And not '›' text:
 * MapLibre joins line labels that share their text where lines meet end to end, maplibre-gl-js
 * #6306, so chevrons of visits sharing both cities took one another's direction.)
 */
export const CHEVRON_PATTERNS = {
  route: 'route-chevrons',
  selected: 'route-chevrons-selected',
} as const;

/** The pattern's height in CSS pixels: the pattern layers' line width must be the same. */
export const CHEVRON_HEIGHT = 18;
/** One chevron every this many CSS pixels along a line. */
export const CHEVRON_SPACING = 72;
const PIXEL_RATIO = 2;
/** The chevron's centre line in its 18 × 18 px cell, pointing along +x. */
export const CHEVRON_STROKE: readonly [number, number][] = [
  [6, 4],
  [11.5, 9],
  [6, 14],
];
/** Half the stroke width. */
export const CHEVRON_HALF_WIDTH = 1.4;
/** The white rim around the stroke, in CSS pixels. */
const RIM = 1;
/** Where the chevron's cell starts in the pattern: mid-tile, so no chevron sits on a line's end. */
const CELL_START = (CHEVRON_SPACING - CHEVRON_HEIGHT) / 2;

function distanceToSegment(
  px: number,
  py: number,
  [ax, ay]: [number, number],
  [bx, by]: [number, number],
) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Signed distance in CSS pixels from a point of the cell to the chevron's outline: negative inside. */
export function chevronDistance(x: number, y: number): number {
  let nearest = Infinity;
  for (let i = 1; i < CHEVRON_STROKE.length; i++) {
    const a = CHEVRON_STROKE[i - 1];
    const b = CHEVRON_STROKE[i];
    if (a && b) nearest = Math.min(nearest, distanceToSegment(x, y, a, b));
  }
  return nearest - CHEVRON_HALF_WIDTH;
}

const clamp01 = (v: number) => Math.max(0, Math.min(1, v));

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** One tile of the chevron pattern in a colour (`#rrggbb`), antialiased over a device pixel. */
export function chevronPattern(color: string): CodeImage {
  const width = CHEVRON_SPACING * PIXEL_RATIO;
  const height = CHEVRON_HEIGHT * PIXEL_RATIO;
  const data = new Uint8Array(width * height * 4);
  const ink = rgb(color);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      // Sample at the pixel's centre, in CSS pixels of the cell.
      const d = chevronDistance((col + 0.5) / PIXEL_RATIO - CELL_START, (row + 0.5) / PIXEL_RATIO);
      // Coverage of the stroke and of stroke plus rim, each soft over one device pixel.
      const stroke = clamp01(0.5 - d * PIXEL_RATIO);
      const outer = clamp01(0.5 - (d - RIM) * PIXEL_RATIO);
      if (outer === 0) continue;
      const at = (row * width + col) * 4;
      // The stroke over the white rim, stored unpremultiplied.
      const share = stroke / outer;
      for (let c = 0; c < 3; c++) data[at + c] = Math.round(255 + ((ink[c] ?? 0) - 255) * share);
      data[at + 3] = Math.round(outer * 255);
    }
  }
  return { width, height, data, pixelRatio: PIXEL_RATIO };
}
