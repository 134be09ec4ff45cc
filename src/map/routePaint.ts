/**
 * How a visit's route line is painted, by phase: the map's style (style.ts) and the image export
 * (research/exportImage.ts) both read these, so the picture's legend is the map's paint.
 * Widths in CSS pixels at the map's scale.
 */
export const ROUTE_PAINT = {
  color: '#1d4e89',
  current: { width: 3, opacity: 1 },
  past: { width: 1.6, opacity: 0.4 },
} as const;
