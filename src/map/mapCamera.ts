import type { Place } from '../data/schema';
import { hiddenBy, NO_COVER, type Cover } from './cover';
import type { Camera, MapHandle } from './engine';
import type { LngLat } from './geometry';

const FIT_PADDING = 56;

/** Where the map looks: the default view, a link's camera, and moves that show a selection. */
export interface MapCamera {
  /** The view that shows every marker. */
  fitDefault(places: readonly Place[]): void;
  /** A link's camera, or the default view; nothing when the map is already there. */
  setView(camera: Camera | null, places: readonly Place[]): void;
  /** Brings these points into view, if any is off screen. */
  reveal(points: readonly LngLat[]): void;
  /** What covers the map now; says whether it grew (and so may hide more than before). */
  setCover(cover: Cover): boolean;
}

/**
 * `onCameraChange` hears where the map came to rest after a move the reader made, or one this
 * made to show a selection; never after a move for a link (which the link already holds).
 */
export function createMapCamera(
  map: MapHandle,
  onCameraChange: (camera: Camera) => void,
): MapCamera {
  let cover: Cover = NO_COVER;
  // Moves started by reveal() whose end has not come yet. A reveal that interrupts another (the
  // embed's panel appearing just after a selection) ends the first at once: each end is reported,
  // the last one last, so the link holds where the map came to rest.
  let revealsUnderway = 0;
  map.on('moveend', (userMoved) => {
    if (userMoved || revealsUnderway > 0) onCameraChange(map.getCamera());
    revealsUnderway = Math.max(0, revealsUnderway - 1);
  });
  const boundsOf = (points: readonly (readonly [number, number])[]) => {
    const lngs = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    return [
      [Math.min(...lngs), Math.min(...lats)],
      [Math.max(...lngs), Math.max(...lats)],
    ] as [[number, number], [number, number]];
  };

  const camera: MapCamera = {
    fitDefault(places) {
      map.fitBounds(boundsOf(places.map((p) => [p.lon, p.lat])), FIT_PADDING);
    },
    setView(next, places) {
      if (!next) {
        camera.fitDefault(places);
        return;
      }
      const current = map.getCamera();
      const close =
        Math.abs(current.zoom - next.zoom) < 0.01 &&
        Math.abs(current.lat - next.lat) < 0.001 &&
        Math.abs(current.lng - next.lng) < 0.001;
      if (!close) map.jumpTo(next);
    },
    reveal(points) {
      if (points.length === 0) return;
      const [[west, south], [east, north]] = map.getBounds();
      const onScreen = points.every(
        ([lng, lat]) => lat >= south && lat <= north && lng >= west && lng <= east,
      );
      if (onScreen) return;
      revealsUnderway += 1;
      map.showBounds(boundsOf(points), FIT_PADDING);
    },
    setCover(next) {
      // Only a strip that appears or grows can hide more: a panel that shrinks or goes, or a
      // resize, leaves the view where the reader has it.
      const [was, now] = [hiddenBy(cover), hiddenBy(next)];
      cover = next;
      map.setCover(cover);
      return now.left > was.left || now.right > was.right;
    },
  };
  return camera;
}
