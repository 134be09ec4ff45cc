/** A box on the page, as Playwright's `boundingBox()` gives it. */
export type Box = { x: number; y: number; width: number; height: number };

/** Whether two boxes share any area (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
