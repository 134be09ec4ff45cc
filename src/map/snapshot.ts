import type { MapHandle } from './engine';
import type { MissionMarkers } from './missionMarkers';
import type { Selection } from './types';

/**
 * Pictures of the map (print, image export): the WebGL canvas copied into a 2D one, with the
 * markers, which are DOM buttons over it, drawn in where they stand.
 */
export interface MapPictures {
  snapshot(): HTMLCanvasElement | null;
  picture(width: number): Promise<HTMLCanvasElement | null>;
}

export function createMapPictures(
  map: MapHandle,
  markers: MissionMarkers,
  now: () => { year: number; selection: Selection },
  /** Sends what the map still owes its year: a picture shows the whole year. */
  catchUp: () => void,
): MapPictures {
  const pictures: MapPictures = {
    snapshot() {
      catchUp();
      const shot = map.snapshot();
      if (!shot) return null;
      const { year, selection } = now();
      markers.draw(shot, map.canvasRect(), year, selection);
      return shot.canvas;
    },
    async picture(width) {
      const restore = await map.sharpen(width);
      try {
        return pictures.snapshot();
      } finally {
        restore();
      }
    },
  };
  return pictures;
}
