import {
  Map as MapLibreMap,
  VectorTileSource,
  GeoJSONSource,
  Marker,
  NavigationControl,
  Popup,
  ScaleControl,
  AttributionControl,
  addProtocol,
  clearPrewarmedResources,
  prewarm,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from './mapWorker.ts?worker&url';
import { workerStarts } from './workerStarts';
import { isSoftwareRenderer, rendererName } from './softwareRenderer';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapProtocol } from './basemapProtocol';
import { MAP_ASSETS } from './assets';
import { withRetry } from './tileRetry';
import type { Camera, ControlTexts, MapEngine, MapHandle } from './engine';
import { BASEMAP_SOURCE } from './style';
import { hiddenBy, NO_COVER, type Cover } from './cover';

setWorkerUrl(workerUrl);
// The basemap is one PMTiles archive on the app's own origin, read by HTTP range requests (or
// whole, from a server that ignores them: rangeOrWholeSource.ts): by the
// map's worker itself (mapWorker.ts); the page registers the protocol too, as MapLibre's fallback
// should the worker lack it.
addProtocol('pmtiles', basemapProtocol());
// The map's worker starts as this chunk arrives, while React mounts the map view. Where there are
// no workers at all, the map says so when it is made.
if (typeof Worker === 'function') prewarm();

/**
 * The label fonts start downloading as soon as there is a map, not when its worker first asks for
 * a glyph: the map fetches them (font-faces) in the same mode, so these preloads are what it gets.
 * Only for a map that was made (without WebGL there is none to use them), and only the script the
 * page's language labels the map in (Japanese labels use the reader's own CJK font): a preload that
 * goes unused is a wasted download and a console warning.
 */
let fontsPreloaded = false;
function preloadLabelFonts() {
  if (fontsPreloaded) return;
  fontsPreloaded = true;
  for (const url of labelFontsFor(document.documentElement.lang)) {
    const link = document.createElement('link');
    Object.assign(link, { rel: 'preload', as: 'fetch', href: url, crossOrigin: 'anonymous' });
    document.head.append(link);
  }
}

/** The one part of MapLibre's inside this reaches for (6.17): the style's glyph manager. */
interface WithGlyphManager {
  style?: {
    glyphManager?: {
      getGlyphs(request: Record<string, { default: readonly string[] }>): Promise<unknown>;
    };
  };
}

/**
 * Has MapLibre draw the labels' glyphs now, as the style loads: it caches each one, and the
 * worker's request for them, when the labels' tiles are laid out, is then answered at once. Drawn
 * on that request instead, they waited among the first frames, and the labels' tiles came last
 * (docs/performance.md, "The first idle"). MapLibre has no public call for this; without
 * one (another version), the labels' glyphs are drawn when asked for, as before.
 */
function drawGlyphsEarly(map: MapLibreMap, glyphs: Readonly<Record<string, readonly string[]>>) {
  const manager = (map as unknown as WithGlyphManager).style?.glyphManager;
  if (typeof manager?.getGlyphs !== 'function') return;
  const request = Object.fromEntries(
    Object.entries(glyphs).map(([stack, chars]) => [stack, { default: chars }]),
  );
  // A failure here is MapLibre's to report when the tiles ask for the same glyphs.
  manager.getGlyphs(request).catch(() => undefined);
}

function labelFontsFor(lang: string): string[] {
  if (lang === 'fa-AF' || lang === 'ps')
    return [MAP_ASSETS.arabicRegularUrl, MAP_ASSETS.arabicBoldUrl];
  if (lang === 'ja') return [];
  return [MAP_ASSETS.fontRegularUrl, MAP_ASSETS.fontBoldUrl];
}

const maps = new WeakMap<MapHandle, MapLibreMap>();

/** The map's own buttons are up to 44 px (on phones) plus their margin. */
const CONTROL_CLEARANCE = 56;
/** How far a place must be from what covers the map to count as seen: a marker's half and more. */
const COVER_CLEARANCE = 16;

/**
 * MapLibre writes the scale bar's text ("1000 km") with Latin digits, on every move: each time,
 * its digits are rewritten as the language writes them. (Rewriting them changes the text again,
 * which then has nothing left to rewrite.)
 */
function localizeDigits(element: Element | null, digits: (text: string) => string): () => void {
  if (!element) return () => undefined;
  const rewrite = () => {
    const text = element.textContent ?? '';
    const local = digits(text);
    if (local !== text) element.textContent = local;
  };
  const observer = new MutationObserver(rewrite);
  observer.observe(element, { childList: true, characterData: true, subtree: true });
  rewrite();
  return () => observer.disconnect();
}

/** MapLibre's names for the words of its own controls. */
function localeOf(controls: ControlTexts): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': controls.zoomIn,
    'NavigationControl.ZoomOut': controls.zoomOut,
    'CooperativeGesturesHandler.WindowsHelpText': controls.cooperativeWindows,
    'CooperativeGesturesHandler.MacHelpText': controls.cooperativeMac,
    'CooperativeGesturesHandler.MobileHelpText': controls.cooperativeMobile,
    'Map.Title': controls.mapTitle,
    'AttributionControl.ToggleAttribution': controls.toggleAttribution,
    'ScaleControl.Kilometers': controls.kilometres,
    'ScaleControl.Meters': controls.metres,
  };
}

/**
 * The map's controls, named from the map's locale as each is added: another language removes
 * them and adds new ones, in the same corners.
 */
function addControls(map: MapLibreMap, controls: ControlTexts): () => void {
  const navigation = new NavigationControl({ showCompass: false });
  const scale = new ScaleControl({ unit: 'metric' });
  const attribution = new AttributionControl({ compact: false });
  map.addControl(navigation, 'top-right');
  map.addControl(scale, 'bottom-left');
  const stopDigits = localizeDigits(
    map.getContainer().querySelector('.maplibregl-ctrl-scale'),
    controls.digits,
  );
  map.addControl(attribution, 'bottom-right');
  return () => {
    stopDigits();
    for (const control of [navigation, scale, attribution]) map.removeControl(control);
  };
}

/** West-south and east-north corners, as the controller gives them. */
type Bounds = [[number, number], [number, number]];

function wrap(map: MapLibreMap, removeControls: () => void): MapHandle {
  let retries = 0;
  let withoutControls = removeControls;
  let cover: Cover = NO_COVER;
  /**
   * Room around what is fitted: clear of the zoom buttons (top right) and the legend's button
   * (bottom left), so no marker lands under them, and of whatever covers the map (the embed's
   * panel); on a small map (a phone's, above its open sheet) never more than a third of each side
   * of what is left, so there is always room to fit in, and beside a cover a sixth (the strip left
   * in a small embed is narrow).
   */
  const paddingThatFits = (padding: number, beside: Cover) => {
    const canvas = map.getCanvas().getBoundingClientRect();
    const open = Math.max(0, canvas.width - beside.left - beside.right);
    const most = (side: number) => Math.max(0, Math.floor(side / 3));
    const mostBeside = (side: number) =>
      beside.left + beside.right > 0 ? Math.floor(most(side) / 2) : most(side);
    const across = (wanted: number) => Math.min(Math.max(padding, wanted), mostBeside(open));
    const down = (wanted: number) => Math.min(Math.max(padding, wanted), most(canvas.height));
    return {
      top: down(0),
      bottom: down(CONTROL_CLEARANCE),
      left: beside.left + across(0),
      right: beside.right + across(CONTROL_CLEARANCE),
    };
  };
  /**
   * What to fit, and with what padding: `bounds` clear of all that covers the map where they fit
   * there; else clear of the panel alone (a view too wide for the room beside a corner's control
   * spreads over it), or over the whole map where they would not fit even with nothing over it
   * (the world on a phone); else (a long visit is wider than the strip beside a small embed's
   * panel) the end on the open side, in the strip, with the rest of the visit running under the
   * panel, at no closer a zoom.
   */
  const placement = (bounds: Bounds, padding: number) => {
    const fits = (room: ReturnType<typeof paddingThatFits>) => {
      const camera = map.cameraForBounds(bounds, { padding: room });
      return camera?.zoom !== undefined && camera.zoom >= map.getMinZoom();
    };
    const whole = (beside: Cover) => ({
      bounds,
      padding: paddingThatFits(padding, beside),
      maxZoom: map.getMaxZoom(),
    });
    const all = hiddenBy(cover);
    if (all.left + all.right === 0 || fits(paddingThatFits(padding, all))) return whole(all);
    const panel = { left: cover.left, right: cover.right };
    if (panel.left + panel.right === 0 || !fits(paddingThatFits(padding, NO_COVER))) {
      return whole(panel);
    }
    if (fits(paddingThatFits(padding, panel))) return whole(panel);
    const [[west, south], [east, north]] = bounds;
    const end = panel.left > 0 ? east : west;
    const oneEnd: Bounds = [
      [end, south],
      [end, north],
    ];
    return { bounds: oneEnd, padding: paddingThatFits(padding, panel), maxZoom: map.getZoom() };
  };
  const handle: MapHandle = {
    on(event, listener) {
      map.on(event, (e: { originalEvent?: unknown }) => listener(e.originalEvent !== undefined));
    },
    onRouteHover(layerIds, listener) {
      // A tap sends the mouse events a mouse would, after its touch events: that is no hover
      // (a finger tapping a marker would name the route under it). Pointer events say which.
      let touching = false;
      const notePointer = (e: PointerEvent) => {
        touching = e.pointerType === 'touch';
      };
      const events = map.getCanvasContainer();
      events.addEventListener('pointerdown', notePointer, { capture: true });
      events.addEventListener('pointermove', notePointer, { capture: true });
      map.on('mousemove', [...layerIds], (e) => {
        if (touching) return;
        const feature = e.features?.[0];
        listener(
          typeof feature?.id === 'number'
            ? { id: feature.id, lngLat: [e.lngLat.lng, e.lngLat.lat] }
            : null,
        );
      });
      map.on('mouseleave', [...layerIds], () => listener(null));
    },
    onSourceError(sourceId, listener) {
      // Source errors carry the source's id (MapLibre adds it as they bubble up).
      map.on('error', (e) => {
        if ((e as { sourceId?: unknown }).sourceId === sourceId) listener();
      });
    },
    retrySource(sourceId) {
      const source = map.getSource(sourceId);
      if (!(source instanceof VectorTileSource) || !source.tiles) return;
      retries += 1;
      source.setTiles(source.tiles.map((url) => withRetry(url, retries)));
    },
    onRouteClick(layerIds, listener) {
      map.on('click', [...layerIds], (e) => {
        const ids = (e.features ?? []).flatMap((f) => (typeof f.id === 'number' ? [f.id] : []));
        if (ids.length > 0) listener({ ids, lngLat: [e.lngLat.lng, e.lngLat.lat] });
      });
    },
    setFeatureState(source, id, state) {
      map.setFeatureState({ source, id }, state);
    },
    setSourceData(sourceId, data) {
      const source = map.getSource(sourceId);
      if (source instanceof GeoJSONSource) source.setData(data);
    },
    setLayerOpacity(layerId, opacity) {
      // A layer-wide value, not per feature: MapLibre skips a layer at 0 and lays nothing out again.
      map.setPaintProperty(layerId, 'line-layer-opacity', opacity);
    },
    getCamera(): Camera {
      const center = map.getCenter();
      return { zoom: map.getZoom(), lat: center.lat, lng: center.lng };
    },
    jumpTo(camera) {
      map.jumpTo({ zoom: camera.zoom, center: [camera.lng, camera.lat] });
    },
    fitBounds(bounds, padding) {
      const fit = placement(bounds, padding);
      map.fitBounds(fit.bounds, { padding: fit.padding, maxZoom: fit.maxZoom, animate: false });
    },
    getBounds() {
      const hidden = hiddenBy(cover);
      if (hidden.left === 0 && hidden.right === 0) {
        const b = map.getBounds();
        return [
          [b.getWest(), b.getSouth()],
          [b.getEast(), b.getNorth()],
        ];
      }
      // The map is never rotated or tilted: its uncovered corners bound what the reader sees, less
      // a marker's width beside the cover (a marker half under a panel is not seen).
      const { width, height } = map.getCanvas().getBoundingClientRect();
      const clear = (side: number) => (side > 0 ? side + COVER_CLEARANCE : 0);
      const west = Math.min(width, clear(hidden.left));
      const sw = map.unproject([west, height]);
      const ne = map.unproject([Math.max(west, width - clear(hidden.right)), 0]);
      return [
        [sw.lng, sw.lat],
        [ne.lng, ne.lat],
      ];
    },
    setCover(next) {
      cover = next;
    },
    showBounds(bounds, padding) {
      const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      const fit = placement(bounds, padding);
      map.fitBounds(fit.bounds, {
        padding: fit.padding,
        maxZoom: Math.min(fit.maxZoom, map.getZoom()),
        animate: !reduced,
        duration: 600,
      });
    },
    setCursor(cursor) {
      map.getCanvas().style.cursor = cursor;
    },
    focusCanvas() {
      map.getCanvas().focus();
    },
    snapshot() {
      const source = map.getCanvas();
      const canvas = document.createElement('canvas');
      canvas.width = source.width;
      canvas.height = source.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      // A WebGL canvas keeps its picture only until it is shown: draw it now and copy it at once.
      map.redraw();
      ctx.drawImage(source, 0, 0);
      return { canvas, scale: source.width / source.getBoundingClientRect().width };
    },
    async sharpen(width) {
      const before = map.getPixelRatio();
      const cssWidth = map.getCanvas().getBoundingClientRect().width || width;
      const ratio = Math.min(4, Math.max(before, width / cssWidth));
      if (ratio === before) return () => undefined;
      const drawn = new Promise<void>((done) => map.once('idle', () => done()));
      map.setPixelRatio(ratio);
      await drawn;
      return () => map.setPixelRatio(before);
    },
    canvasRect() {
      return map.getCanvas().getBoundingClientRect();
    },
    setControlTexts(controls) {
      map._locale = { ...map._locale, ...localeOf(controls) };
      map.getCanvas().setAttribute('aria-label', controls.mapTitle);
      const basemap = map.getSource(BASEMAP_SOURCE);
      if (basemap) basemap.attribution = controls.attribution;
      withoutControls();
      withoutControls = addControls(map, controls);
      // Cooperative gestures' hints, written once when the map was made.
      const container = map.getCanvasContainer();
      const desktop = navigator.userAgent.includes('Mac')
        ? controls.cooperativeMac
        : controls.cooperativeWindows;
      const hint = (name: string, text: string) => {
        const element = container.querySelector(`.maplibregl-${name}-message`);
        if (element) element.textContent = text;
      };
      hint('desktop', desktop);
      hint('mobile', controls.cooperativeMobile);
    },
    drawGlyphs(glyphs) {
      drawGlyphsEarly(map, glyphs);
    },
    remove() {
      map.remove();
    },
  };
  maps.set(handle, map);
  return handle;
}

function unwrap(handle: MapHandle): MapLibreMap {
  const map = maps.get(handle);
  if (!map) throw new Error('not a MapLibre map handle');
  return map;
}

/**
 * Where WebGL is drawn on the CPU (no GPU, or a blocklisted one), the map draws one pixel per CSS
 * pixel rather than one per device pixel: on a screen of density 1.75 that is a third of the pixels,
 * and each frame about half the time (docs/performance.md, "Pixel ratio"). Lines and labels are a little softer
 * there; a device with a GPU draws at its full density. Set before the first frame is drawn.
 */
function drawOnePixelPerPixelInSoftware(map: MapLibreMap): void {
  if (map.getPixelRatio() <= 1) return;
  const gl = map.getCanvas().getContext('webgl2');
  if (gl && isSoftwareRenderer(rendererName(gl))) map.setPixelRatio(1);
}

export const maplibreEngine: MapEngine = {
  createMap(container, style: StyleSpecification, camera, images, controls, options) {
    const map = new MapLibreMap({
      container,
      style,
      locale: localeOf(controls),
      cooperativeGestures: options.cooperativeGestures,
      ...(camera ? { center: [camera.lng, camera.lat], zoom: camera.zoom } : {}),
      // Labels appear at once: each fade frame costs a whole map redraw before the map is idle.
      fadeDuration: 0,
      attributionControl: false,
      renderWorldCopies: true,
      maxZoom: 9,
      minZoom: 0.5,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    drawOnePixelPerPixelInSoftware(map);
    preloadLabelFonts();
    const { glyphs } = options;
    if (glyphs) map.once('style.load', () => drawGlyphsEarly(map, glyphs));
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    const removeControls = addControls(map, controls);
    // Every time a source's data is (re)loaded or the style changes, leave a User Timing mark:
    // `npm run bench` counts them during a slider sweep, where there must be none.
    map.on('sourcedata', (e) => {
      if (e.sourceDataType === 'content') performance.mark('map:source-content');
    });
    map.on('styledata', () => performance.mark('map:style-data'));
    // Images drawn in code are there before the worker lays out the first tile, so it never
    // waits on a round trip to ask for them.
    for (const [id, image] of Object.entries(images)) {
      map.addImage(id, image, { pixelRatio: image.pixelRatio });
    }
    return wrap(map, removeControls);
  },
  async workerAvailable() {
    try {
      const response = await fetch(workerUrl, { method: 'HEAD', cache: 'no-store' });
      if (!response.ok) return false;
    } catch {
      // Offline, or the server is gone: the request says nothing about the worker.
      return true;
    }
    // There, but does it start? (A broken or stale script throws as it starts.)
    return workerStarts(workerUrl);
  },
  resetWorkers() {
    clearPrewarmedResources();
  },
  addMarker(handle, element, lngLat) {
    return new Marker({ element, anchor: 'center' }).setLngLat(lngLat).addTo(unwrap(handle));
  },
  createTooltip(handle) {
    const popup = new Popup({
      closeButton: false,
      closeOnClick: false,
      className: 'route-tooltip',
      offset: 12,
    });
    const map = unwrap(handle);
    return {
      show(lngLat, text) {
        popup.setLngLat(lngLat).setText(text);
        if (!popup.isOpen()) popup.addTo(map);
      },
      hide() {
        popup.remove();
      },
    };
  },
  createPopup(handle) {
    const map = unwrap(handle);
    let popup: Popup | null = null;
    return {
      show(lngLat, content, onClosed) {
        popup?.remove();
        const next = new Popup({ closeButton: false, className: 'route-chooser-popup', offset: 8 })
          .setLngLat(lngLat)
          .setDOMContent(content)
          .addTo(map);
        next.on('close', () => {
          if (popup === next) popup = null;
          onClosed();
        });
        popup = next;
      },
      hide() {
        popup?.remove();
      },
    };
  },
};
