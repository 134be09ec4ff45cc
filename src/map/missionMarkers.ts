import { statusAt } from '../data/derive';
import type { Mission, MissionId, Place } from '../data/schema';
import type { MapEngine, MapHandle, MarkerHandle } from './engine';
import { drawMarker } from './markerDrawing';
import { createMarkerElement, updateMarkerElement } from './markers';
import type { MapModel, MapTexts, Selection } from './types';

/** The missions' markers: DOM buttons over the map, one per mission with a place. */
export interface MissionMarkers {
  /** Each marker's status, name and pressed state for the year and selection. */
  apply(year: number, selection: Selection, texts: MapTexts): void;
  /** The same missions in other words (another language): the next `apply` names them so. */
  rename(model: MapModel): void;
  /** Where the markers stand, for the default view. */
  places(): Place[];
  /** Draws each marker that is on the picture onto it, where it stands on screen. */
  draw(
    picture: { canvas: HTMLCanvasElement; scale: number },
    frame: DOMRect,
    year: number,
    selection: Selection,
  ): void;
  remove(): void;
}

export function createMissionMarkers(
  engine: MapEngine,
  map: MapHandle,
  model: MapModel,
  onSelect: (id: MissionId) => void,
): MissionMarkers {
  let places = model.places;
  const markers: { mission: Mission; element: HTMLButtonElement; handle: MarkerHandle }[] =
    model.missions.flatMap((mission) => {
      const place = model.places.get(mission.placeId);
      if (!place) return [];
      const element = createMarkerElement(mission, onSelect);
      const handle = engine.addMarker(map, element, [place.lon, place.lat]);
      return [{ mission, element, handle }];
    });

  return {
    apply(year, selection, texts) {
      for (const { mission, element } of markers) {
        const { status } = statusAt(mission, year);
        updateMarkerElement(
          element,
          status,
          texts.marker(mission, status, year),
          mission.id === selection.missionId,
        );
      }
    },
    rename(next) {
      const byId = new Map(next.missions.map((mission) => [mission.id, mission]));
      for (const marker of markers) marker.mission = byId.get(marker.mission.id) ?? marker.mission;
      places = next.places;
    },
    places() {
      return markers
        .map(({ mission }) => places.get(mission.placeId))
        .filter((p): p is Place => !!p);
    },
    draw({ canvas, scale }, frame, year, selection) {
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      for (const { mission, element } of markers) {
        // Where the marker is drawn on screen (MapLibre picks the world copy nearest the centre).
        const box = element.getBoundingClientRect();
        const x = (box.left + box.width / 2 - frame.left) * scale;
        const y = (box.top + box.height / 2 - frame.top) * scale;
        if (box.width === 0 || x < 0 || y < 0) continue;
        if (x > canvas.width || y > canvas.height) continue;
        const { status } = statusAt(mission, year);
        drawMarker(ctx, x, y, status, mission.id === selection.missionId, scale);
      }
    },
    remove() {
      for (const { handle } of markers) handle.remove();
    },
  };
}
