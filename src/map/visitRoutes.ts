import type { FeatureCollection } from 'geojson';
import { routePhase, type Route, type RoutePhase } from '../data/derive';
import type { MapEngine, MapHandle } from './engine';
import { createFrameQueue } from './frameQueue';
import type { LngLat } from './geometry';
import { hasStyle, isLost, followsYear, type MapPhase } from './lifecycle';
import { routesCollection } from './mapData';
import { YEAR_SENT_MARK } from './marks';
import { createChooserElement } from './routeChooser';
import { groupRoutesByYear, idsByKey } from './routeGroups';
import { routeLayers, routeSource, SELECTED_ROUTES_SOURCE } from './style';
import type { MapTexts, Selection } from './types';

/**
 * Route phases sent to the map between two frames, at most (frameQueue.ts). Why 200 and not 400:
 * docs/performance.md, "Route phases a frame". The record has a few dozen routes: every step of
 * its own reaches the map at once.
 */
export const ROUTE_STATES_PER_FRAME = 200;

/** The routes laid out for the style, before there is a map: lines, sources by year, indexes. */
export interface RoutePlan {
  lines: ReturnType<typeof routesCollection>;
  /** Each source's features (the routes split by whole years, routeGroups.ts). */
  groups: FeatureCollection[];
  /** The selected visit's routes, for its own source. */
  selectedLines(eventId: string | null): FeatureCollection;
  index: RouteIndex;
}

interface RouteIndex {
  /** Route ids in each source. */
  groupIds: readonly (readonly number[])[];
  idsByYear: ReadonlyMap<number, readonly number[]>;
  idsOf(eventId: string | null): readonly number[];
  groupOf: readonly number[];
  sources: readonly string[];
  arrowLayers: readonly string[];
  hitLayers: readonly string[];
}

function indexRoutes(routes: readonly Route[]): RouteIndex {
  // Route ids by year, so a year step visits only the routes whose phase it can change; and by
  // event, so a selection or preview finds its routes without a pass over all of them.
  const idsByYear = idsByKey(routes, (route) => route.year);
  const idsByEvent = idsByKey(routes, (route) => route.event.id);
  // The routes' sources, by year; a route's feature id is the same in any source.
  const { groups, groupOf } = groupRoutesByYear(routes.map((route) => route.year));
  return {
    groupIds: groups,
    idsByYear,
    idsOf: (eventId) => (eventId !== null && idsByEvent.get(eventId)) || [],
    groupOf,
    sources: groups.map((_, group) => routeSource(group)),
    arrowLayers: groups.map((_, group) => routeLayers(group).arrows),
    hitLayers: groups.map((_, group) => routeLayers(group).hit),
  };
}

export function planRoutes(routes: readonly Route[]): RoutePlan {
  const lines = routesCollection(routes);
  const index = indexRoutes(routes);
  const featuresOf = (ids: readonly number[]) => ids.flatMap((id) => lines.features[id] ?? []);
  return {
    lines,
    groups: index.groupIds.map((ids) => ({ type: 'FeatureCollection', features: featuresOf(ids) })),
    selectedLines: (eventId) => ({
      type: 'FeatureCollection',
      features: featuresOf(index.idsOf(eventId)),
    }),
    index,
  };
}

/** What the routes read of the controller's state, as it is now. */
export interface RoutesNow {
  routes: readonly Route[];
  year: number;
  selection: Selection;
  texts: MapTexts;
  phase: MapPhase;
}

export interface VisitRoutes {
  /** Every route's phase, sent now whatever was sent before (a new or restored style). */
  applyAll(): void;
  /** After a year step: the phases of the routes dated in the years it crossed. */
  yearChanged(from: number): void;
  /** Another selection: its routes into their own source, if they changed. */
  selectionChanged(previous: Selection): void;
  /** The selected routes sent again (a selection made while the style was loading, or a restore). */
  resendSelected(): void;
  setPreview(eventId: string | null): void;
  setMatches(eventIds: ReadonlySet<string> | null): void;
  /** The highlights sent again from scratch (after a restore). */
  resendHighlight(): void;
  applyHighlight(): void;
  /** A frame was drawn: the next share of a step's phases goes out. */
  frameDrawn(): void;
  /** Everything a step still owes the map, sent now (a picture shows the whole year). */
  flush(): void;
  /** The context is lost: nothing waits to be sent, all is sent again after the restore. */
  drop(): void;
  /** Where an event's routes run, or none. */
  points(eventId: string): LngLat[];
  hidePopups(): void;
}

export function createVisitRoutes(
  engine: MapEngine,
  map: MapHandle,
  plan: RoutePlan,
  now: () => RoutesNow,
  onSelectEvent: (id: string) => void,
): VisitRoutes {
  const { routes } = now();
  const { idsByYear, idsOf, groupOf, sources, arrowLayers, hitLayers } = plan.index;
  const routeAt = (id: number): Route | undefined => now().routes[id];
  const setRouteState = (id: number, state: Record<string, string | boolean>) =>
    map.setFeatureState(sources[groupOf[id] ?? 0] ?? routeSource(0), id, state);
  /** The phase last sent for each route, so unchanged routes cost nothing. */
  const phases: (RoutePhase | null)[] = routes.map(() => null);
  /** Whether every visit's chevrons are hidden (a visit is selected); the style shows them. */
  let arrowsHidden = false;

  /** Sends a route's phase if it changed since it was last sent; says whether it did. */
  function sendPhase(id: number): boolean {
    const route = routeAt(id);
    const { year, phase: life } = now();
    if (!route || isLost(life)) return false;
    const phase = routePhase(route, year);
    if (phases[id] === phase) return false;
    setRouteState(id, { phase });
    phases[id] = phase;
    return true;
  }
  // A year step's routes reach the map a frame's worth at a time (frameQueue.ts).
  const phaseQueue = createFrameQueue(ROUTE_STATES_PER_FRAME, sendPhase);

  /**
   * Marks the moment the map has been sent every route of the year it shows, with that year (the
   * bench waits for it).
   */
  function markYearSent() {
    if (phaseQueue.waiting > 0) return;
    performance.clearMarks(YEAR_SENT_MARK);
    performance.mark(YEAR_SENT_MARK, { detail: now().year });
  }

  /**
   * The selected visit's routes, in their own source, with their phase (hidden while in the
   * future); while a visit is selected the other visits' chevrons are hidden, a layer at a time.
   * `only`: a year step, which changes nothing here unless it crossed a selected route's year.
   */
  function applySelectedStates(only?: readonly number[]) {
    const { selection, year } = now();
    const ids = idsOf(selection.eventId);
    for (const id of ids) {
      const route = routeAt(id);
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

  /** Hidden (future) routes are still in the hit layers: they answer no pointer. */
  const visible = (id: number) => phases[id] === 'current' || phases[id] === 'past';

  // A route is highlighted while the pointer is on it or while it is previewed from outside.
  let pointerRoute: number | null = null;
  let previewRoutes: readonly number[] = [];
  let matchRoutes: readonly number[] = [];
  let highlighted = new Set<number>();
  function applyHighlight() {
    if (isLost(now().phase)) return;
    const next = new Set([...previewRoutes, ...matchRoutes]);
    if (pointerRoute !== null) next.add(pointerRoute);
    for (const id of highlighted) if (!next.has(id)) setRouteState(id, { hover: false });
    for (const id of next) if (!highlighted.has(id)) setRouteState(id, { hover: true });
    highlighted = next;
  }
  const highlightIfStyled = () => {
    if (hasStyle(now().phase)) applyHighlight();
  };

  const tooltip = engine.createTooltip(map);
  map.onRouteHover(hitLayers, (hit) => {
    const route = hit ? routeAt(hit.id) : undefined;
    pointerRoute = hit && route && visible(hit.id) ? hit.id : null;
    highlightIfStyled();
    if (!hit || !route || pointerRoute === null) {
      map.setCursor('');
      tooltip.hide();
      return;
    }
    map.setCursor('pointer');
    tooltip.show(hit.lngLat, now().texts.route(route));
  });

  const chooser = engine.createPopup(map);
  map.onRouteClick(hitLayers, (hit) => {
    const seen = new Set<string>();
    const ids = hit.ids.filter((id) => {
      const route = routeAt(id);
      if (!route || !visible(id) || seen.has(route.event.id)) return false;
      seen.add(route.event.id);
      return true;
    });
    const only = ids.length === 1 ? routeAt(ids[0] as number) : undefined;
    if (only) onSelectEvent(only.event.id);
    if (ids.length < 2) return;
    // Lines meet here: offer every visit under the pointer, newest first.
    const { texts } = now();
    const items = ids
      .map((id) => ({ id, route: routeAt(id) as Route }))
      .sort((a, b) => b.route.year - a.route.year || b.id - a.id)
      .map(({ id, route }) => ({ id, label: texts.route(route) }));
    const element = createChooserElement(texts.chooser, items, {
      onPick: (id) => {
        // The map, not the list about to close, is what opened the panel: focus returns there.
        map.focusCanvas();
        const route = routeAt(id);
        if (route) onSelectEvent(route.event.id);
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

  return {
    applyAll() {
      if (!hasStyle(now().phase) || isLost(now().phase)) return;
      phaseQueue.clear();
      // Nothing counts as sent: the style has no state yet, or lost it.
      phases.fill(null);
      routes.forEach((_, id) => sendPhase(id));
      applySelectedStates();
    },
    yearChanged(from) {
      // Only routes dated between the old year and the new one change phase (past, current,
      // future): listed in the order the step crosses their years, the order the map catches up in.
      const to = now().year;
      const crossed: number[] = [];
      const direction = to > from ? 1 : -1;
      for (let y = from; y !== to + direction; y += direction) {
        crossed.push(...(idsByYear.get(y) ?? []));
      }
      // After a restore every state is sent again once the map is idle (see the controller).
      if (!followsYear(now().phase)) return;
      phaseQueue.push(crossed);
      applySelectedStates(crossed);
      markYearSent();
    },
    selectionChanged(previous) {
      const { selection, phase } = now();
      // Only a change of the routes drawn as selected touches the map (not, say, one treaty for another).
      const routesChanged =
        selection.eventId !== previous.eventId &&
        idsOf(selection.eventId).length + idsOf(previous.eventId).length > 0;
      if (!routesChanged || isLost(phase)) return;
      map.setSourceData(SELECTED_ROUTES_SOURCE, plan.selectedLines(selection.eventId));
      if (hasStyle(phase)) applySelectedStates();
    },
    resendSelected() {
      map.setSourceData(SELECTED_ROUTES_SOURCE, plan.selectedLines(now().selection.eventId));
    },
    setPreview(eventId) {
      previewRoutes = idsOf(eventId);
      highlightIfStyled();
    },
    setMatches(eventIds) {
      matchRoutes = eventIds ? [...eventIds].flatMap(idsOf) : [];
      highlightIfStyled();
    },
    resendHighlight() {
      highlighted = new Set();
      applyHighlight();
    },
    applyHighlight,
    frameDrawn() {
      if (!followsYear(now().phase)) return;
      const behind = phaseQueue.waiting > 0;
      phaseQueue.frameDrawn();
      if (behind) markYearSent();
    },
    flush() {
      if (!followsYear(now().phase)) return;
      phaseQueue.flush();
      markYearSent();
    },
    drop() {
      phaseQueue.clear();
    },
    points(eventId) {
      return idsOf(eventId).flatMap(
        (id) => (plan.lines.features[id]?.geometry.coordinates ?? []) as LngLat[],
      );
    },
    hidePopups() {
      tooltip.hide();
      chooser.hide();
    },
  };
}
