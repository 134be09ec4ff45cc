/** A box on the page, as Playwright's `boundingBox()` gives it. */
export type Box = { x: number; y: number; width: number; height: number };

/** Whether two boxes share any area (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether box `inner` lies wholly within box `outer`. */
export function within(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** The point at the middle of a box, as a box of no size. */
export function centre(box: Box): Box {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: 0, height: 0 };
}
