import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

/**
 * The slice of MapLibre the controller uses. The real engine (maplibreEngine.ts) wraps
 * maplibre-gl; unit tests pass a fake, so the controller is tested without WebGL.
 */
import type { Camera } from '../state/camera';
import type { CodeImage } from './codeImage';
import type { Cover } from './cover';

export type { Camera };

export interface FeatureHit {
  id: number;
  lngLat: [number, number];
}

/** A click on routes: every route feature under the pointer, topmost first. */
export interface FeaturesHit {
  ids: number[];
  lngLat: [number, number];
}

export interface MapHandle {
  on(
    event:
      | 'style.load'
      | 'load'
      | 'idle'
      | 'render'
      | 'moveend'
      | 'webglcontextlost'
      | 'webglcontextrestored',
    listener: (userMoved: boolean) => void,
  ): void;
  /** The pointer over routes drawn in any of these layers (topmost first), or off them. */
  onRouteHover(layerIds: readonly string[], listener: (hit: FeatureHit | null) => void): void;
  /** A source's tiles failed to load or to parse (a missing, truncated or invalid file). */
  onSourceError(sourceId: string, listener: () => void): void;
  /** Asks for a source's tiles again, from scratch (nothing kept from the failed attempt). */
  retrySource(sourceId: string): void;
  onRouteClick(layerIds: readonly string[], listener: (hit: FeaturesHit) => void): void;
  setFeatureState(source: string, id: number, state: Record<string, string | boolean>): void;
  /** Replaces a GeoJSON source's features (a small source: its tiles are made again). */
  setSourceData(source: string, data: FeatureCollection): void;
  /**
   * Shows (1) or hides (0) a whole layer, as one value: no tile is laid out or uploaded again.
   * Only 0 or 1: MapLibre draws a layer at any opacity between them offscreen, every frame.
   */
  setLayerOpacity(layerId: string, opacity: 0 | 1): void;
  getCamera(): Camera;
  jumpTo(camera: Camera): void;
  fitBounds(bounds: [[number, number], [number, number]], padding: number): void;
  /**
   * The area the reader sees, west-south to east-north (west may be below -180 with world
   * copies): the map less what covers it (setCover).
   */
  getBounds(): [[number, number], [number, number]];
  /** Something over the map hides this strip of it: fits and getBounds leave it out. */
  setCover(cover: Cover): void;
  /** Brings an area into view, animated, zooming out if it must but never in. */
  showBounds(bounds: [[number, number], [number, number]], padding: number): void;
  setCursor(cursor: string): void;
  /** Gives keyboard focus back to the map itself (after a popup on it closes). */
  focusCanvas(): void;
  /**
   * The map as drawn now, copied into a 2D canvas (drawn again first, so the copy is never
   * blank), and how many of its pixels make a CSS pixel. Null where no 2D canvas can be made.
   */
  snapshot(): { canvas: HTMLCanvasElement; scale: number } | null;
  /**
   * Draws the map at a higher pixel ratio, so that its canvas is at least `width` pixels wide (up
   * to 4 pixels a CSS pixel); resolves once it is drawn, with a function that puts it back.
   */
  sharpen(width: number): Promise<() => void>;
  /** Where the map's canvas is on the page. */
  canvasRect(): DOMRect;
  /**
   * The map's own controls and credit in other words (another language), without making the
   * map again.
   */
  setControlTexts(controls: ControlTexts & { attribution: string }): void;
  /** Has these characters drawn for the labels now, before their tiles ask (see MapOptions). */
  drawGlyphs(glyphs: Readonly<Record<string, readonly string[]>>): void;
  remove(): void;
}

export interface MarkerHandle {
  remove(): void;
}

export interface TooltipHandle {
  show(lngLat: [number, number], text: string): void;
  hide(): void;
}

export interface PopupHandle {
  /** Shows DOM content at a place on the map; `onClosed` runs when the map closes it. */
  show(lngLat: [number, number], content: HTMLElement, onClosed: () => void): void;
  hide(): void;
}

/** The map's own buttons, named in the reader's language. */
export interface ControlTexts {
  zoomIn: string;
  zoomOut: string;
  /** Cooperative gestures' hints: Ctrl + wheel, ⌘ + wheel, two fingers. */
  cooperativeWindows: string;
  cooperativeMac: string;
  cooperativeMobile: string;
  /** The map canvas's accessible name, and the button that shows or hides the credit. */
  mapTitle: string;
  toggleAttribution: string;
  /** The scale bar's units ("km", "کیلومتر"). */
  kilometres: string;
  metres: string;
  /** A text's digits as the language writes them (the scale bar's "1000 km": ۱۰۰۰ in Dari). */
  digits(text: string): string;
}

export interface MapOptions {
  /**
   * Inside another page (the embed): one finger and the plain wheel scroll that page, and the map
   * moves with two fingers or Ctrl/⌘ + wheel, saying so when tried.
   */
  cooperativeGestures: boolean;
  /**
   * Characters the labels will draw, by font stack: drawn as soon as the style has loaded, rather
   * than when the labels' tiles ask for them in the middle of the first frames.
   */
  glyphs?: Readonly<Record<string, readonly string[]>>;
}

export interface MapEngine {
  /**
   * Throws when the browser cannot create a WebGL2 context. `images` are the images the style
   * names that are drawn in code rather than loaded.
   */
  createMap(
    container: HTMLElement,
    style: StyleSpecification,
    camera: Camera | null,
    images: Readonly<Record<string, CodeImage>>,
    controls: ControlTexts,
    options: MapOptions,
  ): MapHandle;
  addMarker(map: MapHandle, element: HTMLElement, lngLat: [number, number]): MarkerHandle;
  /**
   * Whether the map's worker is there and starts: false when the server answered that it is not
   * (a missing file) or when it fails as it starts; never for a network failure (offline, the
   * request says nothing).
   */
  workerAvailable(): Promise<boolean>;
  /** Drops the map's workers, so the next map starts new ones (after a worker failed to load). */
  resetWorkers(): void;
  createTooltip(map: MapHandle): TooltipHandle;
  createPopup(map: MapHandle): PopupHandle;
}
