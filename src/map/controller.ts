import type { FeatureCollection } from 'geojson';
import type { LngLat } from './geometry';
import { routePhase, statusAt, type Route, type RoutePhase } from '../data/derive';
import type { Country, Mission, MissionId, Place, RelationsEvent, Status } from '../data/schema';
import type { Camera, MapEngine, MapHandle, MarkerHandle } from './engine';
import { hiddenBy, NO_COVER, type Cover } from './cover';
import { labelsCollection, routesCollection } from './mapData';
import { createMarkerElement, updateMarkerElement } from './markers';
import { drawMarker } from './markerDrawing';
import { CHEVRON_PATTERNS, chevronPattern } from './chevron';
import { createChooserElement } from './routeChooser';
import { MARKER_BOX_IMAGE, markerBoxImage } from './markerBox';
import { groupRoutesByYear, idsByKey } from './routeGroups';
import { createFrameQueue } from './frameQueue';
import {
  BASEMAP_SOURCE,
  buildStyle,
  COLORS,
  labelGlyphs,
  routeLayers,
  routeSource,
  SELECTED_ROUTES_SOURCE,
} from './style';

/**
 * Owns one map. React creates it once, pushes year, selection and camera into it, and destroys it.
 * A year step only sets feature-state (on the sources of the routes dated in the years it crossed)
 * and marker attributes; a selection also puts the selected visit's routes into their own small
 * source. The style and its layers are never rebuilt.
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

export interface MapController {
  setYear(year: number): void;
  setSelection(selection: Selection): void;
  /** The words change (another calendar): marker names and route labels follow. */
  setTexts(texts: MapTexts): void;
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

/** Every word the map says, in the reader's language; made by the page, which knows the catalog. */
export interface MapTexts {
  /** A marker's accessible name: "Embassy of Japan in Kabul — closed in 1985". */
  marker(mission: Mission, status: Status, year: number): string;
  /** What a route is: "Ayub Khan visits Japan, 16 February 1907 (Lahore → Tokyo)". */
  route(route: Route): string;
  /** The heading of the list offered where routes meet under the pointer. */
  chooser: string;
  /** The map's zoom buttons, cooperative gestures' hints and the basemap's credit. */
  zoomIn: string;
  zoomOut: string;
  cooperativeWindows: string;
  cooperativeMac: string;
  cooperativeMobile: string;
  mapTitle: string;
  toggleAttribution: string;
  kilometres: string;
  metres: string;
  digits(text: string): string;
  attribution: string;
}

interface InitialState {
  year: number;
  selection: Selection;
  camera: Camera | null;
  texts: MapTexts;
  /** Inside another page: see MapOptions. */
  cooperativeGestures: boolean;
}

const FIT_PADDING = 56;
/**
 * Route phases sent to the map between two frames, at most (frameQueue.ts). With 100 times the
 * events, MapLibre took 30–45 µs a route to apply them (2026-12-01, this project's 2-core machine,
 * CPU profiles of the bench's sweep), in the next frame's task. In two sets of twelve of the
 * bench's 100× sweeps, the longest tasks were 27–50 ms (median 40) at 400 a frame and 20–41 ms
 * (median 23) at 200; in the bench's own runs since, 18–44 ms (median 31, fifteen sweeps). The map
 * catches up later after the last key (median 1.8 s instead of 1.4 s in those sets). The record
 * has a few dozen routes: every step of its own reaches the map at once.
 */
export const ROUTE_STATES_PER_FRAME = 200;
/** A User Timing mark, set again whenever the map has been sent every route of its year. */
export const YEAR_SENT_MARK = 'map:year-sent';
/** How long a map may take to load before the controller checks that its worker is there. */
export const WORKER_CHECK_MS = 3000;

export function createMapController(
  container: HTMLElement,
  engine: MapEngine,
  assets: MapAssets,
  model: MapModel,
  initial: InitialState,
  callbacks: MapCallbacks,
): MapController {
  const routeLines = routesCollection(model.routes);
  // Route ids by year, so a year step visits only the routes whose phase it can change; and by
  // event, so a selection or preview finds its routes without a pass over all of them.
  const routeIdsByYear = idsByKey(model.routes, (route) => route.year);
  const routeIdsByEvent = idsByKey(model.routes, (route) => route.event.id);
  const routeIdsOf = (eventId: string | null): readonly number[] =>
    (eventId !== null && routeIdsByEvent.get(eventId)) || [];
  // The routes' sources, by year (routeGroups.ts); a route's feature id is the same in any source.
  const { groups, groupOf } = groupRoutesByYear(model.routes.map((route) => route.year));
  const sources = groups.map((_, group) => routeSource(group));
  const arrowLayers = groups.map((_, group) => routeLayers(group).arrows);
  const hitLayers = groups.map((_, group) => routeLayers(group).hit);
  const setRouteState = (id: number, state: Record<string, string | boolean>) =>
    map.setFeatureState(sources[groupOf[id] ?? 0] ?? routeSource(0), id, state);
  /** The selected visit's own source: its routes' features, with the same ids. */
  const selectedLines = (eventId: string | null): FeatureCollection => ({
    type: 'FeatureCollection',
    features: routeIdsOf(eventId).flatMap((id) => routeLines.features[id] ?? []),
  });
  const labels = labelsCollection([...model.places.values()], model.missions);
  const style = buildStyle({
    ...assets,
    attribution: initial.texts.attribution,
    routeGroups: groups.map((ids) => ({
      type: 'FeatureCollection',
      features: ids.flatMap((id) => routeLines.features[id] ?? []),
    })),
    selectedRoutes: selectedLines(initial.selection.eventId),
    labels,
    countries: model.countries,
  });
  const map: MapHandle = engine.createMap(
    container,
    style,
    initial.camera,
    {
      [CHEVRON_PATTERNS.route]: chevronPattern(COLORS.route),
      [CHEVRON_PATTERNS.selected]: chevronPattern(COLORS.selected),
      [MARKER_BOX_IMAGE]: markerBoxImage(),
    },
    initial.texts,
    { cooperativeGestures: initial.cooperativeGestures, glyphs: labelGlyphs(labels) },
  );
  let year = initial.year;
  let texts = initial.texts;
  let selection = initial.selection;
  let cover: Cover = NO_COVER;
  /** The map has loaded (its first tiles drawn): only the worker check asks. */
  let loaded = false;
  /**
   * The style has loaded: its sources take data and feature-state, before their tiles arrive, so
   * the first tiles are drawn with their routes' phases (and the map's 'load' changes nothing).
   */
  let styleReady = false;
  /** The WebGL context is lost: MapLibre has no style to take state until it is restored. */
  let lost = false;
  /** Restored: every state is sent again once the restored style has loaded and drawn. */
  let reapplyOnIdle = false;
  /**
   * The style takes the routes' phases as the year changes: it has loaded, is not lost, and is
   * not waiting to be sent every state again after a restore.
   */
  const followingYear = () => styleReady && !lost && !reapplyOnIdle;
  /** Whether every visit's chevrons are hidden (a visit is selected); the style shows them. */
  let arrowsHidden = false;
  /** The phase last sent for each route, so unchanged routes cost nothing. */
  const phases: (RoutePhase | null)[] = model.routes.map(() => null);

  const markers = model.missions.flatMap((mission) => {
    const place = model.places.get(mission.placeId);
    if (!place) return [];
    const element = createMarkerElement(mission, callbacks.onSelectMission);
    const handle: MarkerHandle = engine.addMarker(map, element, [place.lon, place.lat]);
    return [{ mission, element, handle }];
  });

  function applyMarkers() {
    for (const { mission, element } of markers) {
      const { status } = statusAt(mission, year);
      updateMarkerElement(
        element,
        status,
        texts.marker(mission, status, year),
        mission.id === selection.missionId,
      );
    }
  }

  /** Sends a route's phase if it changed since it was last sent; says whether it did. */
  function sendPhase(id: number): boolean {
    const route = model.routes[id];
    if (!route || lost) return false;
    const phase = routePhase(route, year);
    if (phases[id] === phase) return false;
    setRouteState(id, { phase });
    phases[id] = phase;
    return true;
  }
  // A year step's routes reach the map a frame's worth at a time (frameQueue.ts).
  const phaseQueue = createFrameQueue(ROUTE_STATES_PER_FRAME, sendPhase);

  /** Every route's phase, sent now whatever was sent before (a new or restored style). */
  function applyAllRouteStates() {
    if (!styleReady || lost) return;
    phaseQueue.clear();
    // Nothing counts as sent: the style has no state yet, or lost it.
    phases.fill(null);
    model.routes.forEach((_, id) => sendPhase(id));
    applySelectedStates();
  }

  /** After a year step: the phases of the routes dated in the years it crossed. */
  function applyYearStates(crossed: readonly number[]) {
    // After a restore every state is sent again once the map is idle (see there).
    if (!followingYear()) return;
    phaseQueue.push(crossed);
    applySelectedStates(crossed);
    markYearSent();
  }

  /**
   * Marks the moment the map has been sent every route of the year it shows, with that year (the
   * bench waits for it).
   */
  function markYearSent() {
    if (phaseQueue.waiting > 0) return;
    performance.clearMarks(YEAR_SENT_MARK);
    performance.mark(YEAR_SENT_MARK, { detail: year });
  }

  /**
   * The selected visit's routes, in their own source, with their phase (hidden while in the
   * future); while a visit is selected the other visits' chevrons are hidden, a layer at a time.
   * `only`: a year step, which changes nothing here unless it crossed a selected route's year.
   */
  function applySelectedStates(only?: readonly number[]) {
    const ids = routeIdsOf(selection.eventId);
    for (const id of ids) {
      const route = model.routes[id];
      if (route && (!only || only.includes(id))) {
        map.setFeatureState(SELECTED_ROUTES_SOURCE, id, { phase: routePhase(route, year) });
      }
    }
    if (only) return;
    // Changed only when it changes: each change is a style change, and a frame of its own.
    const hide = ids.length > 0;
    if (hide === arrowsHidden) return;
    arrowsHidden = hide;
    for (const layer of arrowLayers) map.setLayerOpacity(layer, hide ? 0 : 1);
  }

  function fitDefault() {
    const points = markers
      .map(({ mission }) => model.places.get(mission.placeId))
      .filter((p): p is Place => !!p);
    const lons = points.map((p) => p.lon);
    const lats = points.map((p) => p.lat);
    map.fitBounds(
      [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ],
      FIT_PADDING,
    );
  }

  /** Hidden (future) routes are still in the hit layers: they answer no pointer. */
  const visible = (id: number) => phases[id] === 'current' || phases[id] === 'past';

  // A route is highlighted while the pointer is on it or while it is previewed from outside.
  let pointerRoute: number | null = null;
  let previewRoutes: readonly number[] = [];
  let matchRoutes: readonly number[] = [];
  let highlighted = new Set<number>();
  function applyHighlight() {
    if (lost) return;
    const next = new Set([...previewRoutes, ...matchRoutes]);
    if (pointerRoute !== null) next.add(pointerRoute);
    for (const id of highlighted) if (!next.has(id)) setRouteState(id, { hover: false });
    for (const id of next) if (!highlighted.has(id)) setRouteState(id, { hover: true });
    highlighted = next;
  }

  const tooltip = engine.createTooltip(map);
  map.onRouteHover(hitLayers, (hit) => {
    const route = hit ? model.routes[hit.id] : undefined;
    pointerRoute = hit && route && visible(hit.id) ? hit.id : null;
    if (styleReady) applyHighlight();
    if (!hit || !route || pointerRoute === null) {
      map.setCursor('');
      tooltip.hide();
      return;
    }
    map.setCursor('pointer');
    tooltip.show(hit.lngLat, texts.route(route));
  });

  const chooser = engine.createPopup(map);
  map.onRouteClick(hitLayers, (hit) => {
    const seen = new Set<string>();
    const ids = hit.ids.filter((id) => {
      const route = model.routes[id];
      if (!route || !visible(id) || seen.has(route.event.id)) return false;
      seen.add(route.event.id);
      return true;
    });
    const only = ids.length === 1 ? model.routes[ids[0] as number] : undefined;
    if (only) callbacks.onSelectEvent(only.event.id);
    if (ids.length < 2) return;
    // Lines meet here: offer every visit under the pointer, newest first.
    const items = ids
      .map((id) => ({ id, route: model.routes[id] as Route }))
      .sort((a, b) => b.route.year - a.route.year || b.id - a.id)
      .map(({ id, route }) => ({ id, label: texts.route(route) }));
    const element = createChooserElement(texts.chooser, items, {
      onPick: (id) => {
        // The map, not the list about to close, is what opened the panel: focus returns there.
        map.focusCanvas();
        const route = model.routes[id];
        if (route) callbacks.onSelectEvent(route.event.id);
        chooser.hide();
      },
      onPreview: (id) => {
        previewRoutes = id === null ? [] : [id];
        applyHighlight();
      },
      onClose: () => {
        chooser.hide();
        map.focusCanvas();
      },
    });
    tooltip.hide();
    chooser.show(hit.lngLat, element, () => {
      previewRoutes = [];
      applyHighlight();
    });
    element.querySelector('button')?.focus();
  });
  map.on('load', () => {
    loaded = true;
  });
  map.on('style.load', () => {
    styleReady = true;
    // A selection made while the style was loading could not reach its source then.
    if (selection.eventId !== initial.selection.eventId) {
      map.setSourceData(SELECTED_ROUTES_SOURCE, selectedLines(selection.eventId));
    }
    applyAllRouteStates();
    applyHighlight();
  });
  map.on('render', () => {
    if (!followingYear()) return;
    const behind = phaseQueue.waiting > 0;
    phaseQueue.frameDrawn();
    if (behind) markYearSent();
  });
  map.on('idle', () => {
    if (reapplyOnIdle) {
      reapplyOnIdle = false;
      // The restored style is the one from when the context was lost: whatever changed since
      // (selection, year, highlights) is sent again.
      map.setSourceData(SELECTED_ROUTES_SOURCE, selectedLines(selection.eventId));
      applyAllRouteStates();
      highlighted = new Set();
      applyHighlight();
    }
    callbacks.onIdle?.();
  });
  // Moves started by reveal() whose end has not come yet. A reveal that interrupts another (the
  // embed's panel appearing just after a selection) ends the first at once: each end is reported,
  // the last one last, so the link holds where the map came to rest.
  let revealsUnderway = 0;
  map.on('moveend', (userMoved) => {
    if (userMoved || revealsUnderway > 0) callbacks.onCameraChange(map.getCamera());
    revealsUnderway = Math.max(0, revealsUnderway - 1);
  });

  /** The points the selection is drawn at: a mission's place, an event's route or place. */
  function selectionPoints({ missionId, eventId }: Selection): LngLat[] {
    if (eventId !== null) {
      const lines = routeLines.features.filter((f) => f.properties.eventId === eventId);
      if (lines.length > 0) return lines.flatMap((f) => f.geometry.coordinates as LngLat[]);
      const at = model.events.get(eventId)?.at;
      const place = at === undefined ? undefined : model.places.get(at);
      return place ? [[place.lon, place.lat]] : [];
    }
    const mission = model.missions.find((m) => m.id === missionId);
    const place = mission ? model.places.get(mission.placeId) : undefined;
    return place ? [[place.lon, place.lat]] : [];
  }
  map.onSourceError(BASEMAP_SOURCE, () => callbacks.onBasemapError?.());
  // A map that has not loaded after a while may lack its worker: ask the server (only then, so a
  // map that loads costs no extra request, and an offline one none that fails).
  const workerCheck = setTimeout(() => {
    if (loaded) return;
    void engine.workerAvailable().then((available) => {
      if (!available && !loaded) callbacks.onWorkerMissing?.();
    });
  }, WORKER_CHECK_MS);
  map.on('webglcontextlost', () => {
    lost = true;
    phaseQueue.clear(); // all sent again after the restore
    callbacks.onContextLost?.(true);
  });
  // After a restore the style reloads; feature-state is set again once the map is idle.
  map.on('webglcontextrestored', () => {
    lost = false;
    reapplyOnIdle = true;
    callbacks.onContextLost?.(false);
  });

  if (!initial.camera) fitDefault();
  applyMarkers();

  return {
    setYear(next) {
      if (next === year) return;
      // Only routes dated between the old year and the new one change phase (past, current,
      // future): listed in the order the step crosses their years, the order the map catches up in.
      const crossed: number[] = [];
      const direction = next > year ? 1 : -1;
      for (let y = year; y !== next + direction; y += direction) {
        crossed.push(...(routeIdsByYear.get(y) ?? []));
      }
      year = next;
      applyMarkers();
      applyYearStates(crossed);
    },
    setTexts(next) {
      texts = next;
      applyMarkers();
    },
    setPreview(eventId) {
      previewRoutes = routeIdsOf(eventId);
      if (styleReady) applyHighlight();
    },
    setMatches(eventIds) {
      matchRoutes = eventIds ? [...eventIds].flatMap(routeIdsOf) : [];
      if (styleReady) applyHighlight();
    },
    reveal(target) {
      const points = selectionPoints(target);
      if (points.length === 0) return;
      const [[west, south], [east, north]] = map.getBounds();
      const onScreen = points.every(
        ([lng, lat]) => lat >= south && lat <= north && lng >= west && lng <= east,
      );
      if (onScreen) return;
      const lngs = points.map((p) => p[0]);
      const lats = points.map((p) => p[1]);
      revealsUnderway += 1;
      map.showBounds(
        [
          [Math.min(...lngs), Math.min(...lats)],
          [Math.max(...lngs), Math.max(...lats)],
        ],
        FIT_PADDING,
      );
    },
    setCover(next) {
      // Only a strip that appears or grows can hide more: a panel that shrinks or goes, or a
      // resize, leaves the view where the reader has it.
      const [was, now] = [hiddenBy(cover), hiddenBy(next)];
      const grew = now.left > was.left || now.right > was.right;
      cover = next;
      map.setCover(cover);
      if (grew && (selection.missionId !== null || selection.eventId !== null)) {
        this.reveal(selection);
      }
    },
    setSelection(next) {
      if (next.missionId === selection.missionId && next.eventId === selection.eventId) return;
      // Only a change of the routes drawn as selected touches the map (not, say, one treaty for another).
      const routesChanged =
        next.eventId !== selection.eventId &&
        routeIdsOf(next.eventId).length + routeIdsOf(selection.eventId).length > 0;
      selection = next;
      applyMarkers();
      if (!routesChanged || lost) return;
      map.setSourceData(SELECTED_ROUTES_SOURCE, selectedLines(selection.eventId));
      if (styleReady) applySelectedStates();
    },
    setView(camera) {
      if (!camera) {
        fitDefault();
        return;
      }
      const current = map.getCamera();
      const close =
        Math.abs(current.zoom - camera.zoom) < 0.01 &&
        Math.abs(current.lat - camera.lat) < 0.001 &&
        Math.abs(current.lng - camera.lng) < 0.001;
      if (!close) map.jumpTo(camera);
    },
    retryBasemap() {
      map.retrySource(BASEMAP_SOURCE);
    },
    snapshot() {
      // A picture shows the whole year, not a map still catching up with it.
      if (followingYear()) {
        phaseQueue.flush();
        markYearSent();
      }
      const shot = map.snapshot();
      if (!shot) return null;
      const ctx = shot.canvas.getContext('2d');
      const frame = map.canvasRect();
      for (const { mission, element } of markers) {
        // Where the marker is drawn on screen (MapLibre picks the world copy nearest the centre).
        const box = element.getBoundingClientRect();
        const x = (box.left + box.width / 2 - frame.left) * shot.scale;
        const y = (box.top + box.height / 2 - frame.top) * shot.scale;
        if (!ctx || box.width === 0 || x < 0 || y < 0) continue;
        if (x > shot.canvas.width || y > shot.canvas.height) continue;
        const { status } = statusAt(mission, year);
        drawMarker(ctx, x, y, status, mission.id === selection.missionId, shot.scale);
      }
      return shot.canvas;
    },
    async picture(width) {
      const restore = await map.sharpen(width);
      try {
        return this.snapshot();
      } finally {
        restore();
      }
    },
    destroy() {
      clearTimeout(workerCheck);
      tooltip.hide();
      chooser.hide();
      for (const { handle } of markers) handle.remove();
      map.remove();
    },
  };
}
