import type { Camera, MapEngine, MapHandle } from './engine';
import type { LngLat } from './geometry';
import { hasDrawn, hasStyle, isLost, nextPhase, type MapPhase } from './lifecycle';
import { labelsCollection } from './mapData';
import { LABELS_DRAWN_MARK } from './marks';
import { createMapCamera } from './mapCamera';
import { CHEVRON_PATTERNS, chevronPattern } from './chevron';
import { MARKER_BOX_IMAGE, markerBoxImage } from './markerBox';
import { createMissionMarkers } from './missionMarkers';
import { createMapPictures } from './snapshot';
import { buildStyle, BASEMAP_SOURCE, COLORS, LABELS_SOURCE, labelGlyphs } from './style';
import { createThrottle } from './throttle';
import type {
  InitialState,
  MapAssets,
  MapCallbacks,
  MapController,
  MapModel,
  MapProps,
  MapTexts,
  Selection,
} from './types';
import { createVisitRoutes, planRoutes } from './visitRoutes';

export type {
  MapAssets,
  MapCallbacks,
  MapController,
  MapModel,
  MapProps,
  MapTexts,
  Selection,
} from './types';
export { ROUTE_STATES_PER_FRAME } from './visitRoutes';
export { LABELS_DRAWN_MARK, YEAR_SENT_MARK } from './marks';

/** How long a map may take to load before the controller checks that its worker is there. */
export const WORKER_CHECK_MS = 3000;
/**
 * Year changes that come through `update` redraw the map at most this often (about 8 a second);
 * the panels still follow every step. `setYear` itself is never held back.
 */
export const YEAR_REDRAW_MS = 120;

/** The words of the map's own controls; the rest of MapTexts is read when it is needed. */
const CONTROL_WORDS = [
  'zoomIn',
  'zoomOut',
  'cooperativeWindows',
  'cooperativeMac',
  'cooperativeMobile',
  'mapTitle',
  'toggleAttribution',
  'kilometres',
  'metres',
  'attribution',
] as const;
const sameControlWords = (a: MapTexts, b: MapTexts) =>
  CONTROL_WORDS.every((word) => a[word] === b[word]) &&
  a.digits('0123456789') === b.digits('0123456789');
const sameSelection = (a: Selection, b: Selection) =>
  a.missionId === b.missionId && a.eventId === b.eventId;

/**
 * Owns one map. React creates it once, pushes what changes into it (`update`), and destroys it.
 * A year step only sets feature-state (on the sources of the routes dated in the years it crossed)
 * and marker attributes; a selection also puts the selected visit's routes into their own small
 * source; another language sets the labels' small source and the controls' words. The style and
 * its layers are never rebuilt. Its parts: the markers (missionMarkers.ts), the routes
 * (visitRoutes.ts), the camera (mapCamera.ts) and pictures (snapshot.ts); where the map is in its
 * life is one value (lifecycle.ts).
 */
export function createMapController(
  container: HTMLElement,
  engine: MapEngine,
  assets: MapAssets,
  model: MapModel,
  initial: InitialState,
  callbacks: MapCallbacks,
): MapController {
  const plan = planRoutes(model.routes);
  const labelsOf = (m: MapModel) => labelsCollection([...m.places.values()], m.missions);
  let labels = labelsOf(model);
  /** The labels the style was made with: a change before the style loads is sent when it does. */
  const styleLabels = labels;
  const style = buildStyle({
    ...assets,
    attribution: initial.texts.attribution,
    routeGroups: plan.groups,
    selectedRoutes: plan.selectedLines(initial.selection.eventId),
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

  /** What the map shows now, and where it is in its life. */
  const state = {
    model,
    year: initial.year,
    selection: initial.selection,
    texts: initial.texts,
    phase: 'loading' as MapPhase,
    /** The labels changed since the map last drew them (the bench's language row waits on it). */
    labelsPending: true,
  };
  const live = () => ({ ...state, routes: state.model.routes });
  const markers = createMissionMarkers(engine, map, model, callbacks.onSelectMission);
  const routes = createVisitRoutes(engine, map, plan, live, callbacks.onSelectEvent);
  const camera = createMapCamera(map, callbacks.onCameraChange);
  const pictures = createMapPictures(map, markers, () => state, routes.flush);
  const yearThrottle = createThrottle(YEAR_REDRAW_MS);
  const applyMarkers = () => markers.apply(state.year, state.selection, state.texts);

  const advance = (event: Parameters<typeof nextPhase>[1]) => {
    state.phase = nextPhase(state.phase, event);
  };
  map.on('load', () => advance('load'));
  map.on('style.load', () => {
    advance('style.load');
    // A selection made while the style was loading could not reach its source then.
    if (state.selection.eventId !== initial.selection.eventId) routes.resendSelected();
    // Nor labels in another language.
    if (labels !== styleLabels) map.setSourceData(LABELS_SOURCE, labels);
    routes.applyAll();
    routes.applyHighlight();
  });
  map.on('render', () => routes.frameDrawn());
  map.on('idle', () => {
    if (state.phase === 'restoring') {
      advance('idle');
      // The restored style is the one from when the context was lost: whatever changed since
      // (selection, year, highlights, labels) is sent again.
      routes.resendSelected();
      map.setSourceData(LABELS_SOURCE, labels);
      routes.applyAll();
      routes.resendHighlight();
    }
    if (state.labelsPending && hasDrawn(state.phase)) {
      state.labelsPending = false;
      performance.mark(LABELS_DRAWN_MARK, { detail: labels.features[0]?.properties.label });
    }
    callbacks.onIdle?.();
  });
  map.onSourceError(BASEMAP_SOURCE, () => callbacks.onBasemapError?.());
  // A map that has not loaded after a while may lack its worker: ask the server (only then, so a
  // map that loads costs no extra request, and an offline one none that fails).
  const workerCheck = setTimeout(() => {
    if (hasDrawn(state.phase)) return;
    void engine.workerAvailable().then((available) => {
      if (!available && !hasDrawn(state.phase)) callbacks.onWorkerMissing?.();
    });
  }, WORKER_CHECK_MS);
  map.on('webglcontextlost', () => {
    advance('webglcontextlost');
    routes.drop(); // all sent again after the restore
    callbacks.onContextLost?.(true);
  });
  // After a restore the style reloads; feature-state is set again once the map is idle.
  map.on('webglcontextrestored', () => {
    advance('webglcontextrestored');
    callbacks.onContextLost?.(false);
  });

  if (!initial.camera) camera.fitDefault(markers.places());
  applyMarkers();

  /** The points the selection is drawn at: a mission's place, an event's route or place. */
  function selectionPoints({ missionId, eventId }: Selection): LngLat[] {
    const { places, events, missions } = state.model;
    if (eventId !== null) {
      const lines = routes.points(eventId);
      if (lines.length > 0) return lines;
      const at = events.get(eventId)?.at;
      const place = at === undefined ? undefined : places.get(at);
      return place ? [[place.lon, place.lat]] : [];
    }
    const mission = missions.find((m) => m.id === missionId);
    const place = mission ? places.get(mission.placeId) : undefined;
    return place ? [[place.lon, place.lat]] : [];
  }

  /** What the last `update` pushed; null before the first, which applies everything. */
  let last: MapProps | null = null;
  let lastCamera: Camera | null | undefined;

  const controller: MapController = {
    update(props) {
      const first = last === null;
      controller.setModel(props.model);
      if (first || props.texts !== last?.texts) controller.setTexts(props.texts);
      if (first) controller.setYear(props.year);
      else if (props.year !== last?.year) {
        const year = props.year;
        yearThrottle.schedule(() => controller.setYear(year));
      }
      if (first || !sameSelection(props.selection, last?.selection ?? props.selection)) {
        controller.setSelection(props.selection);
        // Chosen by the reader (not restored from a link): make sure the map shows it.
        if (props.revealSelection) controller.reveal(props.selection);
      }
      if (first || props.camera !== lastCamera) controller.setView(props.camera);
      lastCamera = props.camera;
      if (first || props.preview !== last?.preview) controller.setPreview(props.preview);
      if (first || props.matches !== last?.matches) controller.setMatches(props.matches);
      last = props;
    },
    setYear(next) {
      if (next === state.year) return;
      const from = state.year;
      state.year = next;
      applyMarkers();
      routes.yearChanged(from);
    },
    setTexts(next) {
      const controls = !sameControlWords(state.texts, next);
      state.texts = next;
      applyMarkers();
      if (controls) map.setControlTexts(next);
    },
    setModel(next) {
      if (next === state.model) return;
      state.model = next;
      markers.rename(next);
      applyMarkers();
      const nextLabels = labelsOf(next);
      if (JSON.stringify(nextLabels) === JSON.stringify(labels)) return;
      labels = nextLabels;
      state.labelsPending = true;
      map.drawGlyphs(labelGlyphs(labels));
      if (hasStyle(state.phase) && !isLost(state.phase)) map.setSourceData(LABELS_SOURCE, labels);
    },
    setPreview(eventId) {
      routes.setPreview(eventId);
    },
    setMatches(eventIds) {
      routes.setMatches(eventIds);
    },
    reveal(target) {
      camera.reveal(selectionPoints(target));
    },
    setCover(next) {
      const grew = camera.setCover(next);
      const { missionId, eventId } = state.selection;
      if (grew && (missionId !== null || eventId !== null)) controller.reveal(state.selection);
    },
    setSelection(next) {
      if (sameSelection(next, state.selection)) return;
      const previous = state.selection;
      state.selection = next;
      applyMarkers();
      routes.selectionChanged(previous);
    },
    setView(next) {
      camera.setView(next, markers.places());
    },
    retryBasemap() {
      map.retrySource(BASEMAP_SOURCE);
    },
    snapshot: pictures.snapshot,
    picture: pictures.picture,
    destroy() {
      advance('destroy');
      clearTimeout(workerCheck);
      yearThrottle.cancel();
      routes.hidePopups();
      markers.remove();
      map.remove();
    },
  };
  return controller;
}
