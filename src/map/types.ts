import type { Route } from '../data/derive';
import type { Country, Mission, MissionId, Place, RelationsEvent, Status } from '../data/schema';
import type { Camera, ControlTexts } from './engine';
import type { Cover } from './cover';

/**
 * The types the map room shares: what the page gives the controller (model, assets, texts,
 * callbacks, props) and what it gets back (MapController). The controller's parts (markers,
 * routes, camera, pictures) and MapView all speak these.
 */

export interface MapModel {
  missions: readonly Mission[];
  countries: readonly Country[];
  places: ReadonlyMap<string, Place>;
  routes: readonly Route[];
  /** Events with one place (`at`), so the map can bring that place into view when chosen. */
  events: ReadonlyMap<string, RelationsEvent>;
}

export interface MapAssets {
  /** The basemap's PMTiles archive. */
  basemapUrl: string;
  fontRegularUrl: string;
  fontBoldUrl: string;
  /** Noto Sans Arabic, for place names in Dari and Pashto. */
  arabicRegularUrl: string;
  arabicBoldUrl: string;
}

export interface Selection {
  missionId: MissionId | null;
  eventId: string | null;
}

export interface MapCallbacks {
  onSelectMission(id: MissionId): void;
  onSelectEvent(id: string): void;
  /** Only for moves the user made (drag, zoom, keyboard), never for moves the app made. */
  onCameraChange(camera: Camera): void;
  onIdle?(): void;
  onContextLost?(lost: boolean): void;
  /** The basemap's archive is missing, truncated or invalid: the map draws on without it. */
  onBasemapError?(): void;
  /** The map's worker script is missing: nothing can be drawn. */
  onWorkerMissing?(): void;
}

/** Every word the map says, in the reader's language; made by the page, which knows the catalog. */
export interface MapTexts extends ControlTexts {
  /** A marker's accessible name: "Embassy of Japan in Kabul — closed in 1985". */
  marker(mission: Mission, status: Status, year: number): string;
  /** What a route is: "Ayub Khan visits Japan, 16 February 1907 (Lahore → Tokyo)". */
  route(route: Route): string;
  /** The heading of the list offered where routes meet under the pointer. */
  chooser: string;
  /** The basemap's credit. */
  attribution: string;
}

/** What the map is made with. */
export interface InitialState {
  year: number;
  selection: Selection;
  camera: Camera | null;
  texts: MapTexts;
  /** Inside another page: see MapOptions. */
  cooperativeGestures: boolean;
}

/**
 * Everything the page pushes into a map after it is made, at once (MapView's one effect): the
 * controller compares it with what it had and passes on only what changed, as react-map-gl's
 * `setProps` does.
 */
export interface MapProps {
  /**
   * The data set's words in the reader's language. Another model with the same places, missions
   * and routes (another language) changes only the map's words; a model of another shape needs a
   * new map (see `shapeOf`).
   */
  model: MapModel;
  texts: MapTexts;
  year: number;
  selection: Selection;
  /** The selection was chosen by the reader now (not restored from a link): show it. */
  revealSelection: boolean;
  camera: Camera | null;
  /** An event whose routes are highlighted from outside the map (chronology, chooser). */
  preview: string | null;
  /** The events a search found, whose routes light up; null: no search. */
  matches: ReadonlySet<string> | null;
}

export interface MapController {
  /** Passes on what changed since the last update (or since the map was made). */
  update(props: MapProps): void;
  setYear(year: number): void;
  setSelection(selection: Selection): void;
  /** The words change (another language or calendar): marker names and route labels follow. */
  setTexts(texts: MapTexts): void;
  /**
   * The data set's words change (another language), its shape the same: the places' labels,
   * the markers' and routes' names follow. Nothing is made again.
   */
  setModel(model: MapModel): void;
  /** Highlights an event's route while it is focused or hovered elsewhere (chronology, chooser). */
  setPreview(eventId: string | null): void;
  /** Lights up the routes of the events a search found; null: no search. */
  setMatches(eventIds: ReadonlySet<string> | null): void;
  /**
   * After the reader chooses something: if its place or route is not wholly on screen, moves the
   * map to show it (and reports that camera, so the link shows what the reader sees).
   */
  reveal(selection: Selection): void;
  /**
   * Something over the map now hides this strip of it (the embed's panel): a selection under it
   * is brought into the rest of the map.
   */
  setCover(cover: Cover): void;
  setView(camera: Camera | null): void;
  /** Loads the basemap again after it failed. */
  retryBasemap(): void;
  /** The map as drawn, with its markers, in a 2D canvas (for print and image export). */
  snapshot(): HTMLCanvasElement | null;
  /** The same, drawn at least `width` pixels wide (for image export). */
  picture(width: number): Promise<HTMLCanvasElement | null>;
  destroy(): void;
}
