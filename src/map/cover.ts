/**
 * How much of the map something over it hides (the embed's panel): as a strip along the side it
 * sits nearest, in CSS pixels. The map leaves the strip out when it brings a selection into view.
 */
export interface Cover {
  left: number;
  right: number;
}

export const NO_COVER: Cover = { left: 0, right: 0 };

type Box = Pick<DOMRectReadOnly, 'left' | 'right' | 'top' | 'bottom'>;

/** The strip of `map` that `over` hides: from the map's nearer side to the far edge of `over`. */
export function coverOf(map: Box, over: Box): Cover {
  const apart =
    over.right <= map.left ||
    over.left >= map.right ||
    over.bottom <= map.top ||
    over.top >= map.bottom;
  if (apart) return NO_COVER;
  const fromLeft = Math.min(over.right, map.right) - map.left;
  const fromRight = map.right - Math.max(over.left, map.left);
  return over.left - map.left <= map.right - over.right
    ? { left: Math.round(fromLeft), right: 0 }
    : { left: 0, right: Math.round(fromRight) };
}

/**
 * The strip the legend's button hides, where a fit cannot clear it from below: on a short map (a
 * phone's, above its sheet) the button and the scale under it reach higher than the third of the
 * height a fit may keep clear at the bottom, so the strip beside the button is left out instead.
 */
export function legendCover(map: Box, legend: Box): Cover {
  if (map.bottom - legend.top <= (map.bottom - map.top) / 3) return NO_COVER;
  return coverOf(map, legend);
}

/** What two covers hide together, side by side. */
export function widest(a: Cover, b: Cover): Cover {
  return { left: Math.max(a.left, b.left), right: Math.max(a.right, b.right) };
}
