/**
 * The map as a picture, for the image export, which lives outside the map module: the map
 * (MapView) provides it while it is on the page. Nothing here loads the map.
 */
type PictureSource = (width: number) => Promise<HTMLCanvasElement | null>;

let source: PictureSource | null = null;

/** Returns the function that withdraws it. */
export function provideMapPicture(next: PictureSource): () => void {
  source = next;
  return () => {
    if (source === next) source = null;
  };
}

/** The map as drawn, markers included, at least `width` pixels wide; null with no map. */
export function mapPicture(width: number): Promise<HTMLCanvasElement | null> {
  return source ? source(width) : Promise.resolve(null);
}
