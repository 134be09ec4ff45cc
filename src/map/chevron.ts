/**
 * The route direction chevron as a signed-distance-field image, drawn in code so no image file
 * ships. MapLibre tints SDF icons with `icon-color` (read from feature-state) and gives them a halo.
 *
 * Why an icon and not a '›' text label: MapLibre joins line labels that share their text where
 * lines meet end to end (maplibre-gl-js #6306). Every Kabul–Tokyo visit shares both ends, so text
 * chevrons were merged across visits and took another visit's direction and colour. Lines without
 * text are never merged.
 */
export const CHEVRON_IMAGE = 'route-chevron';

export interface SdfImage {
  width: number;
  height: number;
  /** RGBA; only alpha carries the distance. */
  data: Uint8Array;
  pixelRatio: number;
}

/** Logical size in CSS pixels at `icon-size: 1`; the image holds PIXEL_RATIO times as many. */
const SIZE = 18;
const PIXEL_RATIO = 2;
/** The chevron's centre line, pointing along +x (the direction of travel on a line). */
export const CHEVRON_STROKE: readonly [number, number][] = [
  [6, 4],
  [11.5, 9],
  [6, 14],
];
/** Half the stroke width; the stroke stays over 2.5 px from the border so its halo is never cut. */
export const CHEVRON_HALF_WIDTH = 1.4;
/**
 * MapLibre's SDF encoding: alpha 0.75 (192/256) on the edge, falling by 1/8 per CSS pixel
 * outward (the shader's SDF_PX = 8), so halo widths mean pixels as they do for text.
 */
const EDGE = 0.75;
const PER_PIXEL = 1 / 8;

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

/** Signed distance in CSS pixels from a point to the chevron's outline: negative inside. */
export function chevronDistance(x: number, y: number): number {
  let nearest = Infinity;
  for (let i = 1; i < CHEVRON_STROKE.length; i++) {
    const a = CHEVRON_STROKE[i - 1];
    const b = CHEVRON_STROKE[i];
    if (a && b) nearest = Math.min(nearest, distanceToSegment(x, y, a, b));
  }
  return nearest - CHEVRON_HALF_WIDTH;
}

export function chevronSdf(): SdfImage {
  const width = SIZE * PIXEL_RATIO;
  const height = SIZE * PIXEL_RATIO;
  const data = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      // Sample at the pixel's centre, in CSS pixels.
      const d = chevronDistance((col + 0.5) / PIXEL_RATIO, (row + 0.5) / PIXEL_RATIO);
      const alpha = Math.max(0, Math.min(1, EDGE - d * PER_PIXEL));
      data[(row * width + col) * 4 + 3] = Math.round(alpha * 255);
    }
  }
  return { width, height, data, pixelRatio: PIXEL_RATIO };
}
