import type { CodeImage } from './codeImage';

/**
 * An empty image the size of a mission marker. The markers are DOM buttons over the canvas, so
 * MapLibre's label placement cannot see them; an invisible icon of the same size at each mission
 * takes their place in the collision index, and labels keep clear of the markers.
 */
export const MARKER_BOX_IMAGE = 'marker-box';

/** The marker's button is 30 px; the box adds a pixel of air on each side. */
const SIZE = 32;
const PIXEL_RATIO = 2;

export function markerBoxImage(): CodeImage {
  const side = SIZE * PIXEL_RATIO;
  return {
    width: side,
    height: side,
    data: new Uint8Array(side * side * 4),
    pixelRatio: PIXEL_RATIO,
  };
}
