/**
 * How much of the map something over it hides (the embed's panel): as a strip along the side it
 * sits nearest, in CSS pixels. The map leaves the strip out when it brings a selection into view.
 */
export interface Cover {
  left: number;
  right: number;
  /**
   * Strips beside a control in a corner of a short map (the legend's button), apart from the
   * panel's: a place is brought out from beside it, but a view too wide for the room left beside
   * it still spreads over it.
   */
  corner?: { left: number; right: number };
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
 * The strip beside the legend on a short map (a phone's, above its sheet), where it stands in the
 * bottom third or higher: there a place beside it is brought out from under it. On a taller map
 * it stands low, and a fit's bottom padding keeps clear of its button.
 */
export function legendCover(map: Box, legend: Box): Cover {
  if (map.bottom - legend.top <= (map.bottom - map.top) / 3) return NO_COVER;
  return coverOf(map, legend);
}

/** What a cover hides in all, its panel's strips and its corner's together. */
export function hiddenBy({ left, right, corner = NO_COVER }: Cover): Cover {
  return { left: Math.max(left, corner.left), right: Math.max(right, corner.right) };
}
