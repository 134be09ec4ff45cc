import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { localize } from '../../src/data/translation';
import { translationSchema } from '../../src/data/translationSchema';
import { shapeOf } from '../../src/map/modelShape';
import { routesOf } from '../../src/data/derive';
import type { Relations } from '../../src/data/schema';
import { syntheticRelations } from '../../scripts/synthetic/synthetic';
import { indexOf } from '../../src/data/lookup';
import { CHEVRON_PATTERNS } from '../../src/map/chevron';
import {
  LABELS_DRAWN_MARK,
  ROUTE_STATES_PER_FRAME,
  WORKER_CHECK_MS,
  YEAR_REDRAW_MS,
  YEAR_SENT_MARK,
  createMapController,
  type MapCallbacks,
  type MapProps,
  type MapTexts,
} from '../../src/map/controller';
import type { FeatureHit, FeaturesHit, MapEngine, MapHandle } from '../../src/map/engine';
import type { StyleSpecification } from 'maplibre-gl';
import { NO_COVER, type Cover } from '../../src/map/cover';
import { loadRealData } from './realData';

const data = loadRealData();
const modelOf = (relations: Relations) => ({
  missions: relations.missions,
  countries: relations.countries,
  places: indexOf(relations).places,
  events: indexOf(relations).events,
  routes: routesOf(relations),
});
const model = modelOf(data);
const assets = {
  basemapUrl: 'http://localhost/basemap/countries.pmtiles',
  fontRegularUrl: '/r.woff2',
  fontBoldUrl: '/b.woff2',
  arabicRegularUrl: '/ar.woff2',
  arabicBoldUrl: '/arb.woff2',
};

/** A fake map that records every call, so tests can count what a year change costs. */
function fakeEngine(workerThere = true) {
  const calls: string[] = [];
  const listeners = new Map<string, ((userMoved: boolean) => void)[]>();
  const featureStates = new Map<number, Record<string, string | boolean>>();
  /** The selected visit's own source: its features' ids, and the states set on them. */
  const selectedSource = {
    ids: [] as number[],
    states: new Map<number, Record<string, string | boolean>>(),
  };
  const layerOpacity = new Map<string, number>();
  let styleLoaded = false;
  let contextLost = false;
  let hover: ((hit: FeatureHit | null) => void) | undefined;
  /** The layers the pointer is watched on, for moves and for clicks. */
  const hitLayers: string[] = [];
  const clickLayers: string[] = [];
  let click: ((hit: FeaturesHit) => void) | undefined;
  const popups: HTMLElement[] = [];
  /** What the fake map shows: Europe and the Middle East, unless a test says otherwise. */
  const view: {
    bounds: [[number, number], [number, number]];
    shown: [[number, number], [number, number]] | null;
    cover: Cover;
  } = {
    cover: NO_COVER,
    bounds: [
      [-15, 20],
      [75, 60],
    ],
    shown: null,
  };
  const styles: StyleSpecification[] = [];
  const imageNames: string[] = [];
  const sourceErrors = new Map<string, () => void>();
  const markers: HTMLElement[] = [];
  /** The zoom-in button's words, each time the controls were named again. */
  const controlTexts: string[] = [];
  const map: MapHandle = {
    on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    onRouteHover: (layers, listener) => {
      hitLayers.push(...layers);
      hover = listener;
    },
    onRouteClick: (layers, listener) => {
      clickLayers.push(...layers);
      click = listener;
    },
    setFeatureState: (source, id, state) => {
      calls.push(`setFeatureState ${source}`);
      const states = source === 'routes-selected' ? selectedSource.states : featureStates;
      states.set(id, { ...states.get(id), ...state });
    },
    setSourceData: (source, data) => {
      calls.push(`setSourceData ${source}`);
      // As in MapLibre, a source takes data only once the style has loaded, and not while the
      // WebGL context is lost.
      if (source === 'routes-selected' && styleLoaded && !contextLost) {
        selectedSource.ids = data.features.map((f) => f.id as number);
      }
    },
    setLayerOpacity: (layer, opacity) => {
      calls.push(`setLayerOpacity ${layer}`);
      layerOpacity.set(layer, opacity);
    },
    getCamera: () => ({ zoom: 2, lat: 40, lng: 60 }),
    jumpTo: () => calls.push('jumpTo'),
    fitBounds: () => calls.push('fitBounds'),
    // As if the map were 800 px wide: a covered strip is left out of what the reader sees.
    getBounds: () => {
      const [[west, south], [east, north]] = view.bounds;
      const perPixel = (east - west) / 800;
      return [
        [west + view.cover.left * perPixel, south],
        [east - view.cover.right * perPixel, north],
      ];
    },
    setCover: (cover) => {
      calls.push('setCover');
      view.cover = cover;
    },
    showBounds: (bounds) => {
      calls.push('showBounds');
      view.shown = bounds;
    },
    setCursor: () => undefined,
    focusCanvas: () => calls.push('focusCanvas'),
    onSourceError: (source, listener) => sourceErrors.set(source, listener),
    retrySource: (source) => calls.push(`retry ${source}`),
    snapshot: () => null,
    sharpen: () => Promise.resolve(() => undefined),
    canvasRect: () => new DOMRect(0, 0, 800, 600),
    setControlTexts: (controls) => {
      calls.push('setControlTexts');
      controlTexts.push(controls.zoomIn);
    },
    drawGlyphs: () => calls.push('drawGlyphs'),
    remove: () => calls.push('remove'),
  };
  const engine: MapEngine = {
    createMap: (_container, style, _camera, images) => {
      calls.push('createMap');
      styles.push(style);
      imageNames.push(...Object.keys(images));
      return map;
    },
    addMarker: (_map, element) => {
      calls.push('addMarker');
      markers.push(element);
      return { remove: () => calls.push('removeMarker') };
    },
    workerAvailable: () => Promise.resolve(workerThere),
    resetWorkers: () => calls.push('resetWorkers'),
    createTooltip: () => ({ show: () => calls.push('tooltip'), hide: () => undefined }),
    createPopup: () => ({
      show: (_lngLat, content) => {
        popups.push(content);
        document.body.append(content);
      },
      hide: () => popups.splice(0).forEach((p) => p.remove()),
    }),
  };
  const emit = (event: string, userMoved = false) => {
    // As in MapLibre, the style loads (its sources there to take data and state) before the map
    // does (its first tiles drawn).
    if (event === 'load' && !styleLoaded) emit('style.load');
    if (event === 'style.load') styleLoaded = true;
    if (event === 'webglcontextlost') contextLost = true;
    if (event === 'webglcontextrestored') contextLost = false;
    listeners.get(event)?.forEach((l) => l(userMoved));
  };
  return {
    engine,
    calls,
    styles,
    imageNames,
    sourceErrors,
    markers,
    controlTexts,
    featureStates,
    selectedSource,
    layerOpacity,
    emit,
    hover: () => hover,
    hitLayers,
    clickLayers,
    click: () => click,
    popups,
    view,
  };
}

/**
 * Draws frames until the map has caught up with the controller: a frame that sends it nothing.
 * Returns how many frames sent something.
 */
function drawUntilCaughtUp(fake: ReturnType<typeof fakeEngine>): number {
  for (let frames = 0; frames < 1000; frames++) {
    const before = fake.calls.length;
    fake.emit('render');
    if (fake.calls.length === before) return frames;
  }
  throw new Error('the map never caught up');
}

const callbacks = (): MapCallbacks => ({
  onSelectMission: vi.fn(),
  onSelectEvent: vi.fn(),
  onCameraChange: vi.fn(),
});

/** English words for the map, as the page's catalog would give them. */
const texts: MapTexts = {
  marker: (mission, status, year) => `${mission.name} — ${status} in ${year}`,
  route: (route) =>
    `${route.event.title} (${[route.from, route.to, ...route.stops].map((p) => p.city).join(' → ')})`,
  chooser: 'Visits here: choose one',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  cooperativeWindows: 'Use Ctrl + scroll to zoom the map',
  cooperativeMac: 'Use ⌘ + scroll to zoom the map',
  cooperativeMobile: 'Use two fingers to move the map',
  mapTitle: 'Map',
  toggleAttribution: 'Show or hide the map’s credit',
  kilometres: 'km',
  metres: 'm',
  digits: (text) => text,
  attribution: 'Natural Earth',
};

const initial: Parameters<typeof createMapController>[4] = {
  year: 2026,
  selection: { missionId: null, eventId: null },
  camera: null,
  texts,
  cooperativeGestures: false,
};

/** The record with 100 times the events, over 30 missions (scripts/synthetic), made once. */
let largeModel: ReturnType<typeof modelOf> | undefined;

/** A controller on a fresh fake map, drawing the record 100 times larger. */
function setupLarge() {
  const big = (largeModel ??= modelOf(syntheticRelations(data, { scale: 100, missions: 30 })));
  const fake = fakeEngine();
  const controller = createMapController(
    document.createElement('div'),
    fake.engine,
    assets,
    big,
    initial,
    callbacks(),
  );
  return { big, fake, controller };
}

/** A controller on a fresh fake map, with spy callbacks. */
function setup(
  cb: MapCallbacks = callbacks(),
  container = document.createElement('div'),
  workerThere = true,
  start = initial,
) {
  const fake = fakeEngine(workerThere);
  const controller = createMapController(container, fake.engine, assets, model, start, cb);
  return { fake, controller, cb };
}

describe('map controller', () => {
  it('draws route chevrons as line patterns it makes itself, never as text or symbols', () => {
    // MapLibre merges same-text line labels across routes that meet end to end (#6306), and
    // symbols along lines are placed again in every frame.
    const { fake } = setup();
    const routeLayers = (fake.styles[0]?.layers ?? []).filter(
      (layer) => 'source' in layer && layer.source.startsWith('routes'),
    );
    expect(routeLayers.some((layer) => layer.type === 'symbol')).toBe(false);
    const patterns = routeLayers.flatMap((layer) =>
      layer.type === 'line' && layer.paint?.['line-pattern'] ? [layer.paint['line-pattern']] : [],
    );
    expect(patterns.sort()).toEqual(Object.values(CHEVRON_PATTERNS).sort());
    for (const pattern of Object.values(CHEVRON_PATTERNS))
      expect(fake.imageNames).toContain(pattern);
  });

  it('builds the style once with every route, then 120 year changes only set feature-state', () => {
    const { fake, controller } = setup();
    fake.emit('load');
    const routeSource = fake.styles[0]?.sources.routes;
    expect(
      routeSource &&
        'data' in routeSource &&
        typeof routeSource.data === 'object' &&
        'features' in routeSource.data
        ? routeSource.data.features.length
        : -1,
    ).toBe(model.routes.length);
    const isState = (c: string) => c.startsWith('setFeatureState');
    const before = fake.calls.filter((c) => !isState(c));

    for (let i = 0; i < 120; i++) controller.setYear(1907 + i);

    const after = fake.calls.filter((c) => !isState(c));
    expect(after).toEqual(before);
    expect(fake.calls.filter((c) => c === 'createMap')).toHaveLength(1);
    expect(fake.styles).toHaveLength(1);
    expect(fake.calls.filter(isState).length).toBeGreaterThan(0);
  });

  it('a year step touches only the routes dated between the old year and the new one', () => {
    const { fake, controller } = setup();
    fake.emit('load');
    controller.setYear(1960);
    const count = () => fake.calls.filter((c) => c === 'setFeatureState routes').length;
    const before = count();
    controller.setYear(1961); // no route is dated 1960 or 1961
    expect(count()).toBe(before);
    controller.setYear(1969); // the 1969 state visit becomes current
    expect(count() - before).toBe(model.routes.filter((r) => r.year === 1969).length);
    // Jumping back and forth leaves every route as a full pass would.
    for (const y of [2026, 1907, 2002, 1971, 2011]) controller.setYear(y);
    model.routes.forEach((route, id) => {
      const expected = route.year === 2011 ? 'current' : route.year < 2011 ? 'past' : 'future';
      expect(fake.featureStates.get(id)?.phase).toBe(expected);
    });
  });

  it('with 100 times the events, a year step sets state only in the sources of its years', () => {
    const { big, fake, controller } = setupLarge();
    fake.emit('load');
    const style = fake.styles[0] as StyleSpecification;
    const idsIn = (source: string) => {
      const spec = style.sources[source];
      const features =
        spec && 'data' in spec && typeof spec.data === 'object' && 'features' in spec.data
          ? spec.data.features
          : [];
      return features.map((f) => f.id as number);
    };
    const sources = Object.keys(style.sources).filter(
      (id) => id.startsWith('routes') && id !== 'routes-selected',
    );
    expect(sources.length).toBeGreaterThan(1);
    // Every route is in exactly one source, under its own id.
    const all = sources.flatMap(idsIn).sort((a, b) => a - b);
    expect(all).toEqual(big.routes.map((_, id) => id));
    const sourceOf = new Map(sources.flatMap((s) => idsIn(s).map((id) => [id, s] as const)));

    controller.setYear(1950);
    drawUntilCaughtUp(fake);
    fake.calls.length = 0;
    controller.setYear(1951);
    const stepped = big.routes.flatMap((r, id) => (r.year === 1950 || r.year === 1951 ? [id] : []));
    const touched = fake.calls.filter((c) => c.startsWith('setFeatureState'));
    expect(touched).toHaveLength(stepped.length);
    expect(new Set(touched.map((c) => c.split(' ')[1]))).toEqual(
      new Set(stepped.map((id) => sourceOf.get(id))),
    );
    // The sources of 1950 and 1951: one, or two where a group ends with 1950.
    expect(new Set(touched).size).toBeLessThanOrEqual(2);
    big.routes.forEach((route, id) => {
      const expected = route.year === 1951 ? 'current' : route.year < 1951 ? 'past' : 'future';
      expect(fake.featureStates.get(id)?.phase).toBe(expected);
    });

    // The pointer is watched on every source's routes, and lights a route up in its own source.
    const hitLayers = (fake.styles[0]?.layers ?? [])
      .filter((l) => l.id.startsWith('routes-hit'))
      .map((l) => l.id);
    expect(hitLayers).toHaveLength(sources.length);
    expect(fake.hitLayers).toEqual(hitLayers);
    expect(fake.clickLayers).toEqual(hitLayers);
    const late = big.routes.findIndex((r) => r.year === 1951);
    fake.calls.length = 0;
    fake.hover()?.({ id: late, lngLat: [100, 30] });
    expect(fake.calls.filter((c) => c.startsWith('setFeatureState'))).toEqual([
      `setFeatureState ${sourceOf.get(late)}`,
    ]);
    expect(fake.featureStates.get(late)?.hover).toBe(true);
    // A selected visit hides every source's chevrons.
    controller.setSelection({ missionId: null, eventId: big.routes[late]?.event.id ?? null });
    const arrows = [...fake.layerOpacity].filter(([layer]) => layer.startsWith('routes-arrows'));
    expect(arrows).toHaveLength(sources.length);
    expect(arrows.every(([, opacity]) => opacity === 0)).toBe(true);
  });

  it('a jump across a record 100 times larger reaches the map a frame’s worth at a time', () => {
    const { big, fake, controller } = setupLarge();
    fake.emit('load');
    const phaseOf = (id: number) => fake.featureStates.get(id)?.phase;
    const expected = (year: number) => (id: number) => {
      const routeYear = big.routes[id]?.year ?? NaN;
      return routeYear === year ? 'current' : routeYear < year ? 'past' : 'future';
    };
    const wrong = (year: number) =>
      big.routes.flatMap((_, id) => (phaseOf(id) === expected(year)(id) ? [] : [id]));
    const sentSince = (start: number) =>
      fake.calls.slice(start).filter((c) => c.startsWith('setFeatureState routes')).length;
    // From 2026 back to 1907: every route but those of 1907 goes from past to future.
    const changing = wrong(1907).length;
    expect(changing).toBeGreaterThan(3 * ROUTE_STATES_PER_FRAME);
    let start = fake.calls.length;
    controller.setYear(1907);
    expect(sentSince(start)).toBe(ROUTE_STATES_PER_FRAME);
    // The latest years first, as the slider went: the map catches up in the order of the step.
    const yearsWhere = (phase: string) =>
      big.routes.flatMap((route, id) =>
        route.year > 1907 && phaseOf(id) === phase ? [route.year] : [],
      );
    expect(Math.max(...yearsWhere('past'))).toBeLessThanOrEqual(Math.min(...yearsWhere('future')));
    // Steps that come before the next frame wait their turn, and cost that frame nothing more.
    start = fake.calls.length;
    controller.setYear(1908);
    controller.setYear(1909);
    expect(sentSince(start)).toBe(0);
    const behind = wrong(1909).length;
    // Each frame sends no more than its share, until the map shows 1909 throughout.
    let frames = 0;
    while (wrong(1909).length > 0 && frames < 100) {
      start = fake.calls.length;
      fake.emit('render');
      expect(sentSince(start)).toBeLessThanOrEqual(ROUTE_STATES_PER_FRAME);
      frames += 1;
    }
    expect(wrong(1909)).toEqual([]);
    expect(frames).toBe(Math.ceil(behind / ROUTE_STATES_PER_FRAME));
    expect(drawUntilCaughtUp(fake)).toBe(0);
  });

  it('a map catching up says when it has every route of its year, and a picture waits for none', () => {
    const { big, fake, controller } = setupLarge();
    fake.emit('load');
    const marked = () =>
      performance.getEntriesByName(YEAR_SENT_MARK).map((e) => (e as PerformanceMark).detail);
    const phaseOf = (id: number) => fake.featureStates.get(id)?.phase;
    const behindAt = (year: number) =>
      big.routes.filter((route, id) => {
        const expected = route.year === year ? 'current' : route.year < year ? 'past' : 'future';
        return phaseOf(id) !== expected;
      }).length;

    controller.setYear(2025);
    expect(marked()).toEqual([2025]);
    controller.setYear(1907);
    expect(behindAt(1907)).toBeGreaterThan(0);
    expect(marked()).toEqual([2025]); // not yet
    fake.emit('render');
    expect(marked()).toEqual([2025]);
    drawUntilCaughtUp(fake);
    expect(marked()).toEqual([1907]);

    // A picture of the map (print, image export) shows the whole year at once.
    controller.setYear(2026);
    expect(behindAt(2026)).toBeGreaterThan(0);
    expect(marked()).toEqual([1907]);
    controller.snapshot();
    expect(behindAt(2026)).toBe(0);
    expect(marked()).toEqual([2026]);
  });

  it('a context lost while the map catches up: everything is sent again once it is restored and idle', () => {
    const { big, fake, controller } = setupLarge();
    fake.emit('load');
    controller.setYear(1907);
    fake.emit('webglcontextlost');
    fake.emit('webglcontextrestored');
    // The restored style has not loaded yet: nothing is sent to it, by a step or by a frame.
    const start = fake.calls.length;
    controller.setYear(1950);
    fake.emit('render');
    expect(fake.calls.slice(start).filter((c) => c.startsWith('setFeatureState'))).toEqual([]);
    fake.emit('idle');
    big.routes.forEach((route, id) => {
      const expected = route.year === 1950 ? 'current' : route.year < 1950 ? 'past' : 'future';
      expect(fake.featureStates.get(id)?.phase).toBe(expected);
    });
    expect(drawUntilCaughtUp(fake)).toBe(0);
  });

  it('gives each route its phase for the year: current, past or future', () => {
    const { fake, controller } = setup();
    fake.emit('load');
    controller.setYear(1969);
    model.routes.forEach((route, id) => {
      const expected = route.year === 1969 ? 'current' : route.year < 1969 ? 'past' : 'future';
      expect(fake.featureStates.get(id)?.phase).toBe(expected);
    });
  });

  it('labels markers with mission, status and year, and marks the selected one', () => {
    const { fake, controller } = setup();
    controller.setYear(1985);
    controller.setSelection({ missionId: 'tokyo', eventId: null });
    const names = fake.markers.map((m) => m.getAttribute('aria-label'));
    expect(names).toContain('Embassy of Japan in Kabul — closed in 1985');
    expect(names).toContain('Embassy of Afghanistan in Tokyo — open in 1985');
    const tokyo = fake.markers.find((m) => m.dataset.mission === 'tokyo');
    expect(tokyo?.getAttribute('aria-pressed')).toBe('true');
    expect(tokyo?.tagName).toBe('BUTTON');
    expect(fake.markers.find((m) => m.dataset.mission === 'kabul')?.dataset.status).toBe('closed');
  });

  it('reports marker clicks and route clicks, but not clicks on hidden future routes', () => {
    const { fake, controller, cb } = setup();
    fake.emit('load');
    fake.markers.find((m) => m.dataset.mission === 'tokyo')?.click();
    expect(cb.onSelectMission).toHaveBeenCalledWith('tokyo');

    const zahir = model.routes.findIndex((r) => r.event.id === '1969-zahir-shah-state-visit');
    controller.setYear(1960);
    fake.click()?.({ ids: [zahir], lngLat: [100, 40] });
    expect(cb.onSelectEvent).not.toHaveBeenCalled();
    controller.setYear(1969);
    fake.click()?.({ ids: [zahir], lngLat: [100, 40] });
    expect(cb.onSelectEvent).toHaveBeenCalledWith('1969-zahir-shah-state-visit');
  });

  it('offers a choice where visible visits overlap, and ignores hidden ones', () => {
    const { fake, controller, cb } = setup();
    fake.emit('load');
    const id = (eventId: string) => model.routes.findIndex((r) => r.event.id === eventId);
    const [zahir, karzai, delegation] = [
      id('1969-zahir-shah-state-visit'),
      id('2010-karzai-state-visit'),
      id('2025-taliban-delegation-tokyo'),
    ];
    controller.setYear(2010); // the 2025 visit is still hidden
    fake.click()?.({ ids: [zahir, karzai, delegation], lngLat: [70, 35] });
    expect(cb.onSelectEvent).not.toHaveBeenCalled();
    const chooser = fake.popups[0];
    const options = [...(chooser?.querySelectorAll('button') ?? [])].map((b) => b.textContent);
    expect(options).toEqual([
      'President Hamid Karzai visits Japan (Kabul → Tokyo)',
      'State visit of King Zahir Shah and Queen Humaira (Kabul → Tokyo)',
    ]);
    expect(document.activeElement).toBe(chooser?.querySelector('button'));
    expect(fake.featureStates.get(karzai)?.hover).toBe(true); // focused, so previewed
    (chooser?.querySelectorAll('button')[1] as HTMLButtonElement).click();
    expect(cb.onSelectEvent).toHaveBeenCalledWith('1969-zahir-shah-state-visit');
    expect(fake.popups).toHaveLength(0);
  });

  it('brings a chosen route or mission into view only when it is not on screen', () => {
    const { fake, controller, cb } = setup();
    controller.reveal({ missionId: 'kabul', eventId: null });
    expect(fake.calls).not.toContain('showBounds'); // Kabul is on screen
    controller.reveal({ missionId: null, eventId: '1969-zahir-shah-state-visit' });
    expect(fake.view.shown?.[1][0]).toBeCloseTo(139.74, 1); // out to Tokyo
    // That move is reported like a reader's, so the link shows what is on screen.
    fake.emit('moveend', false);
    expect(cb.onCameraChange).toHaveBeenCalledTimes(1);
    fake.emit('moveend', false);
    expect(cb.onCameraChange).toHaveBeenCalledTimes(1);
  });

  it('brings a selection out from under what covers the map (the embed’s panel), and only then', () => {
    const kabul = model.missions.find((m) => m.id === 'kabul');
    const lon = kabul ? model.places.get(kabul.placeId)?.lon : undefined;
    const { fake, controller } = setup(callbacks(), document.createElement('div'), true, {
      ...initial,
      selection: { missionId: 'kabul', eventId: null },
    });
    const moves = () => fake.calls.filter((c) => c === 'showBounds').length;
    controller.setCover(NO_COVER); // nothing over the map: a link's view stays as it is
    controller.setCover({ left: 350, right: 0 }); // a panel on the left: Kabul is clear of it
    expect(moves()).toBe(0);
    controller.setCover({ left: 0, right: 100 }); // a panel on the right, over Kabul
    expect(moves()).toBe(1);
    expect(fake.view.shown?.[0][0]).toBeCloseTo(lon ?? NaN, 3);
    controller.setCover({ left: 0, right: 100 }); // the same strip again moves nothing
    controller.setCover({ left: 0, right: 80 }); // nor one that shrinks (a resize)
    controller.setCover(NO_COVER); // nor the panel closing
    expect(moves()).toBe(1);
    // With nothing selected there is nothing to bring out.
    controller.setSelection({ missionId: null, eventId: null });
    controller.setCover({ left: 0, right: 100 });
    expect(moves()).toBe(1);
  });

  it('reports where the last of two overlapping reveals came to rest, and then nothing more', () => {
    const { fake, controller, cb } = setup();
    controller.reveal({ missionId: null, eventId: '1969-zahir-shah-state-visit' });
    controller.reveal({ missionId: null, eventId: '2010-karzai-state-visit' });
    // MapLibre ends the first move at once (its moveend), then the second where it comes to rest.
    fake.emit('moveend', false);
    fake.emit('moveend', false);
    expect(cb.onCameraChange).toHaveBeenCalledTimes(2);
    fake.emit('moveend', false); // a move the app made itself (a link's view)
    expect(cb.onCameraChange).toHaveBeenCalledTimes(2);
  });

  it('previews an event’s route from outside the map, and clears it', () => {
    const { fake, controller } = setup();
    fake.emit('load');
    const karzai = model.routes.findIndex((r) => r.event.id === '2010-karzai-state-visit');
    controller.setPreview('2010-karzai-state-visit');
    expect(fake.featureStates.get(karzai)?.hover).toBe(true);
    controller.setPreview(null);
    expect(fake.featureStates.get(karzai)?.hover).toBe(false);
  });

  it('lights up the routes a search found, keeping a preview lit when the search ends', () => {
    const { fake, controller } = setup();
    fake.emit('load');
    const route = (id: string) => model.routes.findIndex((r) => r.event.id === id);
    const karzai = route('2010-karzai-state-visit');
    const zahir = route('1969-zahir-shah-state-visit');
    controller.setMatches(new Set(['2010-karzai-state-visit', '1969-zahir-shah-state-visit']));
    expect(fake.featureStates.get(karzai)?.hover).toBe(true);
    expect(fake.featureStates.get(zahir)?.hover).toBe(true);
    controller.setPreview('1969-zahir-shah-state-visit');
    controller.setMatches(null);
    expect(fake.featureStates.get(karzai)?.hover).toBe(false);
    expect(fake.featureStates.get(zahir)?.hover).toBe(true);
  });

  it('draws the selected event’s routes from a source of their own, hidden while in the future', () => {
    const { fake, controller } = setup();
    fake.emit('load');
    controller.setYear(2000);
    const id = model.routes.findIndex((r) => r.event.id === '2010-karzai-state-visit');
    const mainStates = () => fake.calls.filter((c) => c === 'setFeatureState routes').length;
    const before = mainStates();
    controller.setSelection({ missionId: null, eventId: '2010-karzai-state-visit' });
    // A selection costs the many routes nothing: only the small source changes.
    expect(mainStates()).toBe(before);
    expect(fake.selectedSource.ids).toEqual([id]);
    expect(fake.selectedSource.states.get(id)?.phase).toBe('future');
    controller.setYear(2010);
    expect(fake.selectedSource.states.get(id)?.phase).toBe('current');
    controller.setYear(2011);
    expect(fake.selectedSource.states.get(id)?.phase).toBe('past');
    // Choosing a mission as well keeps the event's routes; clearing the event empties the source.
    controller.setSelection({ missionId: 'kabul', eventId: '2010-karzai-state-visit' });
    expect(fake.selectedSource.ids).toEqual([id]);
    controller.setSelection({ missionId: null, eventId: null });
    expect(fake.selectedSource.ids).toEqual([]);
  });

  it('sends every route’s phase when the style loads, before its tiles, and nothing when the map loads', () => {
    const { fake } = setup(callbacks(), document.createElement('div'), true, {
      ...initial,
      year: 1969,
    });
    fake.emit('style.load');
    model.routes.forEach((route, id) => {
      const expected = route.year === 1969 ? 'current' : route.year < 1969 ? 'past' : 'future';
      expect(fake.featureStates.get(id)?.phase).toBe(expected);
    });
    fake.calls.length = 0;
    fake.emit('load');
    expect(fake.calls).toEqual([]);
  });

  it('gives the selected source a selection made while the style was loading, once it loads', () => {
    const { fake, controller } = setup();
    controller.setSelection({ missionId: null, eventId: '2010-karzai-state-visit' });
    fake.calls.length = 0;
    fake.emit('load');
    expect(fake.calls).toContain('setSourceData routes-selected');
    const id = model.routes.findIndex((r) => r.event.id === '2010-karzai-state-visit');
    expect(fake.selectedSource.ids).toEqual([id]);
    expect(fake.selectedSource.states.get(id)?.phase).toBe('past');
  });

  it('starts with a deep-linked selection already in its source', () => {
    const { fake } = setup(callbacks(), document.createElement('div'), true, {
      ...initial,
      selection: { missionId: null, eventId: '2010-karzai-state-visit' },
    });
    const source = fake.styles[0]?.sources['routes-selected'];
    const features =
      source && 'data' in source && typeof source.data === 'object' && 'features' in source.data
        ? source.data.features
        : [];
    expect(features.map((f) => f.properties?.eventId)).toEqual(['2010-karzai-state-visit']);
  });

  it('hides the other visits’ chevrons while a route is selected, and only then', () => {
    const { fake, controller } = setup();
    fake.emit('load');
    // The style shows them: loading changes nothing (each change would cost the map a frame).
    expect(fake.calls.filter((c) => c.startsWith('setLayerOpacity'))).toEqual([]);
    controller.setSelection({ missionId: null, eventId: '2010-karzai-state-visit' });
    expect(fake.layerOpacity.get('routes-arrows')).toBe(0);
    // An event with no route (a treaty signed in one place) leaves every route's chevrons shown.
    controller.setSelection({ missionId: null, eventId: '1930-treaty-of-friendship-signed' });
    expect(model.routes.some((r) => r.event.id === '1930-treaty-of-friendship-signed')).toBe(false);
    expect(fake.layerOpacity.get('routes-arrows')).toBe(1);
    // From one event without a route to another, the map has nothing to change.
    fake.calls.length = 0;
    controller.setSelection({ missionId: null, eventId: '1931-relations-established' });
    expect(model.routes.some((r) => r.event.id === '1931-relations-established')).toBe(false);
    expect(fake.calls.filter((c) => c.startsWith('setSourceData'))).toEqual([]);
  });

  it('reports a basemap that fails, and asks for it again on retry', () => {
    const onBasemapError = vi.fn();
    const { fake, controller } = setup({ ...callbacks(), onBasemapError });
    fake.sourceErrors.get('routes')?.();
    expect(onBasemapError).not.toHaveBeenCalled();
    fake.sourceErrors.get('basemap')?.();
    expect(onBasemapError).toHaveBeenCalledOnce();
    controller.retryBasemap();
    expect(fake.calls).toContain('retry basemap');
  });

  it('reports a missing worker when the map has not loaded after a while, and only then', async () => {
    vi.useFakeTimers();
    try {
      const missing = vi.fn();
      setup({ ...callbacks(), onWorkerMissing: missing }, document.createElement('div'), false);
      await vi.advanceTimersByTimeAsync(WORKER_CHECK_MS - 1);
      expect(missing).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(missing).toHaveBeenCalledOnce();
      // A map that loaded never asks.
      const loadedMissing = vi.fn();
      const { fake } = setup(
        { ...callbacks(), onWorkerMissing: loadedMissing },
        document.createElement('div'),
        false,
      );
      fake.emit('load');
      await vi.advanceTimersByTimeAsync(WORKER_CHECK_MS);
      expect(loadedMissing).not.toHaveBeenCalled();
      // Nor does one whose worker is there.
      const there = vi.fn();
      setup({ ...callbacks(), onWorkerMissing: there });
      await vi.advanceTimersByTimeAsync(WORKER_CHECK_MS);
      expect(there).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports only user camera moves, and removes the map and markers on destroy', () => {
    const { fake, controller, cb } = setup();
    fake.emit('moveend', false);
    expect(cb.onCameraChange).not.toHaveBeenCalled();
    fake.emit('moveend', true);
    expect(cb.onCameraChange).toHaveBeenCalledWith({ zoom: 2, lat: 40, lng: 60 });
    controller.destroy();
    expect(fake.calls.filter((c) => c === 'removeMarker')).toHaveLength(3);
    expect(fake.calls).toContain('remove');
  });

  it('stops arrow keys on a focused marker from reaching the map', () => {
    const container = document.createElement('div');
    const { fake } = setup(callbacks(), container);
    const marker = fake.markers[0];
    if (!marker) throw new Error('no marker');
    container.append(marker);
    const reachedMap = vi.fn();
    container.addEventListener('keydown', reachedMap);
    marker.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(reachedMap).not.toHaveBeenCalled();
    marker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(reachedMap).toHaveBeenCalledTimes(1);
  });
});

describe('map controller after a lost WebGL context', () => {
  it('tells the page, and sets every route state again once the restored map is idle', () => {
    const cb = { ...callbacks(), onContextLost: vi.fn() };
    const { fake } = setup(cb);
    fake.emit('load');
    fake.emit('webglcontextlost');
    expect(cb.onContextLost).toHaveBeenLastCalledWith(true);
    fake.featureStates.clear();
    fake.emit('webglcontextrestored');
    expect(cb.onContextLost).toHaveBeenLastCalledWith(false);
    fake.emit('idle');
    expect(fake.featureStates.size).toBe(model.routes.length);
  });

  it('draws after the restore what changed while the context was lost: year, selection, highlights', () => {
    const { fake, controller } = setup();
    fake.emit('load');
    controller.setYear(2000);
    fake.emit('webglcontextlost');
    fake.calls.length = 0;
    // Nothing reaches the map while it has no context (MapLibre would throw).
    controller.setYear(2011);
    controller.setSelection({ missionId: null, eventId: '2010-karzai-state-visit' });
    controller.setPreview('1969-zahir-shah-state-visit');
    expect(fake.calls.filter((c) => c.startsWith('setFeatureState'))).toEqual([]);
    fake.emit('webglcontextrestored');
    fake.emit('idle');
    const id = (eventId: string) => model.routes.findIndex((r) => r.event.id === eventId);
    const karzai = id('2010-karzai-state-visit');
    expect(fake.selectedSource.ids).toEqual([karzai]);
    expect(fake.selectedSource.states.get(karzai)?.phase).toBe('past');
    expect(fake.featureStates.get(karzai)?.phase).toBe('past');
    expect(fake.featureStates.get(id('1969-zahir-shah-state-visit'))?.hover).toBe(true);
    expect(fake.layerOpacity.get('routes-arrows')).toBe(0);
  });
});

describe('map controller updates', () => {
  const japanese = translationSchema.parse(
    JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/i18n/ja.json'), 'utf8')),
  );
  const japaneseModel = modelOf(localize(data, japanese));
  /** Japanese words for the map: what the page's Japanese catalog gives (here, marked). */
  const japaneseTexts: MapTexts = {
    ...texts,
    marker: (mission, status, year) => `${mission.name}：${status}（${year}年）`,
    zoomIn: '拡大',
    zoomOut: '縮小',
    attribution: '自然地球',
  };
  const props = (over: Partial<MapProps> = {}): MapProps => ({
    model,
    texts,
    year: initial.year,
    selection: initial.selection,
    revealSelection: false,
    camera: null,
    preview: null,
    matches: null,
    ...over,
  });

  it('has the same shape in every language, and another shape for another data set', () => {
    expect(shapeOf(japaneseModel)).toBe(shapeOf(model));
    const fewer = modelOf({ ...data, events: data.events.slice(1) });
    expect(shapeOf(fewer)).not.toBe(shapeOf(model));
  });

  it('takes another language without making anything again: labels, markers, controls follow', () => {
    const { fake, controller } = setup();
    fake.emit('load');
    controller.update(props());
    fake.calls.length = 0;
    controller.update(props({ model: japaneseModel, texts: japaneseTexts }));
    const made = ['createMap', 'remove', 'addMarker', 'removeMarker'];
    expect(fake.calls.filter((call) => made.includes(call))).toEqual([]);
    // Nor any route: their phases and sources stay as they were.
    expect(fake.calls.filter((call) => call.startsWith('setFeatureState'))).toEqual([]);
    expect(fake.calls).toContain('setSourceData labels');
    expect(fake.calls).toContain('drawGlyphs');
    expect(fake.controlTexts).toEqual(['拡大']);
    const kabul = fake.markers.find((m) => m.dataset.mission === 'kabul');
    const japaneseKabul = japaneseModel.missions.find((m) => m.id === 'kabul');
    expect(japaneseKabul?.name).not.toBe(model.missions.find((m) => m.id === 'kabul')?.name);
    expect(kabul?.getAttribute('aria-label')).toContain(japaneseKabul?.name);
    expect(fake.styles).toHaveLength(1);
  });

  it('sends labels changed while the style was loading once it loads', () => {
    const { fake, controller } = setup();
    controller.update(props({ model: japaneseModel, texts: japaneseTexts }));
    expect(fake.calls).not.toContain('setSourceData labels');
    fake.emit('style.load');
    expect(fake.calls).toContain('setSourceData labels');
  });

  it('marks when the map is idle with its labels in the last words it was given', () => {
    const { fake, controller } = setup();
    performance.clearMarks(LABELS_DRAWN_MARK);
    fake.emit('load');
    fake.emit('idle');
    const marks = () => performance.getEntriesByName(LABELS_DRAWN_MARK, 'mark');
    expect(marks()).toHaveLength(1);
    fake.emit('idle');
    expect(marks()).toHaveLength(1);
    controller.update(props({ model: japaneseModel, texts: japaneseTexts }));
    fake.emit('idle');
    const last = marks().at(-1) as PerformanceMark;
    expect(marks()).toHaveLength(2);
    expect(String(last.detail)).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('passes on only what changed, and a calendar’s new words rename markers but not controls', () => {
    const { fake, controller } = setup();
    fake.emit('load');
    controller.update(props());
    fake.calls.length = 0;
    controller.update(props());
    expect(fake.calls).toEqual([]);
    controller.update(props({ texts: { ...texts, marker: () => 'another calendar' } }));
    expect(fake.calls).not.toContain('setControlTexts');
    expect(fake.markers.every((m) => m.getAttribute('aria-label') === 'another calendar')).toBe(
      true,
    );
  });

  it('reveals a selection the reader made, not one restored from a link', () => {
    const { fake, controller } = setup();
    controller.update(props());
    fake.view.bounds = [
      [100, 20],
      [150, 50],
    ];
    controller.update(props({ selection: { missionId: 'london', eventId: null } }));
    expect(fake.calls).not.toContain('showBounds');
    controller.update(
      props({ selection: { missionId: 'kabul', eventId: null }, revealSelection: true }),
    );
    expect(fake.calls).toContain('showBounds');
  });

  it('redraws year changes at most every 120 ms, always ending on the last', () => {
    vi.useFakeTimers();
    try {
      const { fake, controller } = setup();
      fake.emit('load');
      controller.update(props());
      const kabul = fake.markers.find((m) => m.dataset.mission === 'kabul');
      controller.update(props({ year: 1985 }));
      expect(kabul?.getAttribute('aria-label')).toContain('1985');
      controller.update(props({ year: 1986 }));
      controller.update(props({ year: 1987 }));
      expect(kabul?.getAttribute('aria-label')).toContain('1985');
      vi.advanceTimersByTime(YEAR_REDRAW_MS);
      expect(kabul?.getAttribute('aria-label')).toContain('1987');
    } finally {
      vi.useRealTimers();
    }
  });
});
