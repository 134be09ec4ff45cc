import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Country } from '../data/schema';
import { BASEMAP_TILES } from './basemapTiles';
import { CHEVRON_HEIGHT, CHEVRON_PATTERNS } from './chevron';
import { MARKER_BOX_IMAGE } from './markerBox';
import { ROUTE_PAINT } from './routePaint';

/**
 * The whole map style, built once. A year step never touches it again: it sets feature-state
 * (`phase`, `hover`) on the route sources, which these paint expressions read. A selection puts
 * the selected visit's routes into a source of their own, drawn on top.
 *
 * Why several sources: MapLibre keeps a vertex buffer per tile for every per-feature paint
 * property of every layer on a source, and re-uploads all of them whenever any feature's state
 * changes. With thousands of routes that upload is the cost of a year step, so the routes are
 * split by year over as many sources as they need (routeGroups.ts; the record's fit in one), the
 * many routes carry as few per-feature properties as can draw them (width and opacity, in three
 * layers), and what is drawn only for the selection reads a source of one or two routes.
 */
export const SELECTED_ROUTES_SOURCE = 'routes-selected';
export const BASEMAP_SOURCE = 'basemap';
/** The places' labels, in the reader's language (set again when the language changes). */
export const LABELS_SOURCE = 'labels';

/** The first group keeps the plain names (and the record has only that one). */
const groupSuffix = (group: number) => (group === 0 ? '' : `-${group}`);
/** The source of a group of routes (routeGroups.ts). */
export const routeSource = (group: number) => `routes${groupSuffix(group)}`;
/** A group's layers: casing, line and chevrons drawn, and an invisible one the pointer hits. */
export const routeLayers = (group: number) => ({
  casing: `routes-casing${groupSuffix(group)}`,
  line: `routes-line${groupSuffix(group)}`,
  /** Every visit's chevrons: hidden while a visit is selected (see the controller). */
  arrows: `routes-arrows${groupSuffix(group)}`,
  hit: `routes-hit${groupSuffix(group)}`,
});

export const COLORS = {
  ocean: '#cddceb',
  land: '#f3f0e8',
  border: '#b7b0a1',
  /** The two parties to the relationship, in the data's order (Afghanistan, then Japan). */
  parties: ['#f0c15a', '#ea8f88'],
  /** A country that hosts a mission of theirs (the UK). */
  host: '#dcd6e6',
  route: ROUTE_PAINT.color,
  selected: '#c2410c',
} as const;

const phase: ExpressionSpecification = ['coalesce', ['feature-state', 'phase'], 'future'];
/** The pointer is on the route, or it is focused in the chronology or the chooser. */
const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/**
 * A value that is the same for every route, written as a per-feature expression: MapLibre compiles
 * one GL program per combination of per-feature paint properties, so giving the selected route's
 * layers the same combination as the others' (width and opacity per feature) compiles no program
 * for them. Each compile costs a frame several milliseconds here.
 */
const sameForEvery = (value: number): ExpressionSpecification => ['case', hover, value, value];

/** current → fully drawn, past → faded, future → hidden. */
const byPhase = (current: number, past: number): ExpressionSpecification => [
  'match',
  phase,
  'current',
  current,
  'past',
  past,
  0,
];

/**
 * A route's width where it is drawn, else 0. Hidden routes get no width rather than no opacity:
 * a line of width 0 has no fragments, while a transparent one still costs its whole area in
 * every frame (with thousands of routes, most of them hidden early in the timeline).
 */
const drawnWidth = (width: number | ExpressionSpecification) =>
  ['case', ['!=', phase, 'future'], width, 0] as ExpressionSpecification;

/** Direction chevrons along routes, as a line pattern from chevron.ts (see there why). */
function chevronLayer(
  id: string,
  source: string,
  pattern: string,
  paint: { width: ExpressionSpecification; opacity: number | ExpressionSpecification },
): LayerSpecification {
  return {
    id,
    type: 'line',
    source,
    layout: { 'line-cap': 'butt', 'line-join': 'round' },
    paint: { 'line-pattern': pattern, 'line-width': paint.width, 'line-opacity': paint.opacity },
  };
}

/** Fill colour by ISO code: the parties in their order, hosts alike, the rest as plain land. */
function countryColors(countries: readonly Country[]): ExpressionSpecification | string {
  let party = 0;
  const [first, ...rest] = countries.map((c): [string, string] => [
    c.iso,
    c.role === 'party' ? (COLORS.parties[party++] ?? COLORS.host) : COLORS.host,
  ]);
  if (!first) return COLORS.land;
  return ['match', ['get', 'iso'], ...first, ...rest.flat(), COLORS.land];
}

/** Route lines: round caps and joins (one layout, so MapLibre lays their tiles out once). */
const ROUND = { 'line-cap': 'round', 'line-join': 'round' } as const;

/** MapLibre's default simplification of GeoJSON lines, in screen pixels. */
const DEFAULT_TOLERANCE = 0.375;
/** The coarsest the routes are simplified to, in screen pixels. */
const MAX_TOLERANCE = 3;
/** Up to this many routes are drawn as precisely as MapLibre draws any line. */
const PRECISE_ROUTES = 300;

/**
 * How closely the route lines follow their great circles, in screen pixels (the GeoJSON source's
 * `tolerance`): as precisely as MapLibre's default for a record of a few hundred routes or fewer,
 * and more loosely as routes crowd in, up to 3 px for thousands, where no single line can be
 * followed across the mesh anyway. Every change of a route's state makes MapLibre upload again
 * the paint values of every vertex of every route in the tile, and looser lines have fewer
 * (docs/performance.md, "The slider sweep").
 */
export function routeTolerance(routeCount: number): number {
  return Math.min(
    MAX_TOLERANCE,
    Math.max(DEFAULT_TOLERANCE, (DEFAULT_TOLERANCE * routeCount) / PRECISE_ROUTES),
  );
}

/** The places' labels: the missions' cities (rank 1) in bold, the other places regular. */
const LABEL_FONTS = { missionCity: 'Noto Sans Bold', place: 'Noto Sans Regular' } as const;

/**
 * Every character the labels draw, by the font stack that draws it (as the labels layer's
 * `text-font` picks it): what MapLibre's worker will ask the page for once the labels' tiles are
 * laid out. The map asks for them as soon as its style loads (maplibreEngine.ts), so that they are
 * drawn before those tiles wait for them.
 */
export function labelGlyphs(
  labels: FeatureCollection<Point, { label: string; rank: number }>,
): Record<string, string[]> {
  const byStack = new Map<string, Set<string>>();
  for (const { properties } of labels.features) {
    const stack = properties.rank === 1 ? LABEL_FONTS.missionCity : LABEL_FONTS.place;
    const chars = byStack.get(stack) ?? new Set<string>();
    for (const char of properties.label) chars.add(char);
    byStack.set(stack, chars);
  }
  return Object.fromEntries([...byStack].map(([stack, chars]) => [stack, [...chars]]));
}

const LATIN = ['U+0000-024F', 'U+1E00-1EFF', 'U+2000-206F', 'U+2190-21FF'];
const ARABIC = [
  'U+0600-06FF',
  'U+0750-077F',
  'U+08A0-08FF',
  'U+FB50-FDFF',
  'U+FE70-FEFF',
  'U+200C-200F',
];

export interface StyleInputs {
  /** The PMTiles archive, as an absolute URL. */
  basemapUrl: string;
  fontRegularUrl: string;
  fontBoldUrl: string;
  arabicRegularUrl: string;
  arabicBoldUrl: string;
  /** The routes, split by year (routeGroups.ts): one source each. */
  routeGroups: readonly FeatureCollection[];
  /** The selected visit's routes (most often none or one), with their ids. */
  selectedRoutes: FeatureCollection;
  labels: FeatureCollection;
  /** The countries the data set names, shaded by their role. */
  countries: readonly Country[];
  /** The basemap's credit, in the reader's language. */
  attribution: string;
}

export function buildStyle({
  basemapUrl,
  fontRegularUrl,
  fontBoldUrl,
  arabicRegularUrl,
  arabicBoldUrl,
  routeGroups,
  selectedRoutes,
  labels,
  countries,
  attribution,
}: StyleInputs): StyleSpecification {
  const parties = countries.filter((c) => c.role === 'party').map((c) => c.iso);
  const tolerance = routeTolerance(routeGroups.reduce((n, g) => n + g.features.length, 0));
  const groups = routeGroups.map((_, group) => ({
    source: routeSource(group),
    ...routeLayers(group),
  }));
  return {
    version: 8,
    name: 'Afghanistan–Japan atlas',
    // No paint transitions, and so no cross-fade of the chevron patterns between zoom levels:
    // each would keep MapLibre drawing a frame on every animation frame for 300 ms.
    transition: { duration: 0, delay: 0 },
    // Latin from Noto Sans, Arabic script (Dari, Pashto) from Noto Sans Arabic, each by its
    // Unicode ranges; Japanese falls to the system's CJK font (MapLibre's local glyphs).
    'font-faces': {
      [LABEL_FONTS.place]: [
        { url: fontRegularUrl, 'unicode-range': LATIN },
        { url: arabicRegularUrl, 'unicode-range': ARABIC },
      ],
      [LABEL_FONTS.missionCity]: [
        { url: fontBoldUrl, 'unicode-range': LATIN },
        { url: arabicBoldUrl, 'unicode-range': ARABIC },
      ],
    },
    // The labels' source first: MapLibre's worker then lays out their few tiles before the
    // basemap's and the routes', and places them while the map is still nearly empty. Placed in
    // the same frame as the other tiles, they would cost the map one more whole frame before it
    // is idle (MapLibre places again when symbols arrive in the frame it draws).
    sources: {
      [LABELS_SOURCE]: { type: 'geojson', data: labels },
      [BASEMAP_SOURCE]: {
        type: 'vector',
        // Read by the `pmtiles` protocol (maplibreEngine.ts) straight from the archive: giving the
        // tile template here, rather than the archive's TileJSON, saves a round trip before the
        // first tiles are asked for.
        tiles: [`pmtiles://${basemapUrl}/{z}/{x}/{y}`],
        minzoom: 0,
        maxzoom: BASEMAP_TILES.maxZoom,
        attribution,
      },
      ...Object.fromEntries(
        routeGroups.map((data, group) => [
          routeSource(group),
          { type: 'geojson', data, tolerance } satisfies SourceSpecification,
        ]),
      ),
      [SELECTED_ROUTES_SOURCE]: { type: 'geojson', data: selectedRoutes },
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': COLORS.ocean } },
      {
        id: 'countries',
        type: 'fill',
        source: 'basemap',
        'source-layer': BASEMAP_TILES.layers.countries,
        // No antialiasing pass: it halves the fill's GPU cost, and the coastline edges stay clean
        // enough at these zooms.
        paint: { 'fill-color': countryColors(countries), 'fill-antialias': false },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'basemap',
        'source-layer': BASEMAP_TILES.layers.borders,
        // Width and opacity per feature, as the routes have them: one GL program for every line.
        paint: {
          'line-color': COLORS.border,
          'line-width': sameForEvery(0.6),
          'line-opacity': sameForEvery(1),
        },
      },
      {
        // Polygon outlines from tiles show no seams: each tile's polygons are clipped in its
        // buffer, outside the area drawn.
        id: 'focus-outline',
        type: 'line',
        source: 'basemap',
        'source-layer': BASEMAP_TILES.layers.countries,
        filter: ['in', ['get', 'iso'], ['literal', parties]],
        paint: {
          'line-color': '#7a4b12',
          'line-width': sameForEvery(1.2),
          'line-opacity': sameForEvery(0.7),
        },
      },
      // Every group's casings under every group's lines, under every group's chevrons: drawn as
      // one source would draw them.
      ...groups.map(({ source, casing }): LayerSpecification => ({
        id: casing,
        type: 'line',
        source,
        layout: ROUND,
        paint: {
          'line-color': '#ffffff',
          'line-width': drawnWidth(['case', hover, 8, 5]),
          'line-opacity': ['case', hover, byPhase(1, 1), byPhase(0.9, 0.35)],
        },
      })),
      ...groups.map(({ source, line }): LayerSpecification => ({
        id: line,
        type: 'line',
        source,
        layout: ROUND,
        paint: {
          'line-color': COLORS.route,
          'line-width': drawnWidth([
            'case',
            hover,
            4,
            ['match', phase, 'current', ROUTE_PAINT.current.width, ROUTE_PAINT.past.width],
          ]),
          'line-opacity': [
            'case',
            hover,
            byPhase(1, 1),
            byPhase(ROUTE_PAINT.current.opacity, ROUTE_PAINT.past.opacity),
          ],
        },
      })),
      // Chevrons above the lines, in the route colour; while a visit is selected only its own
      // show, in its colour (visits between the same cities share one line, and the others'
      // would show around it).
      ...groups.map(({ source, arrows }) =>
        chevronLayer(arrows, source, CHEVRON_PATTERNS.route, {
          width: drawnWidth(CHEVRON_HEIGHT),
          opacity: ['case', hover, 1, byPhase(1, 0.3)],
        }),
      ),
      // The selected visit, drawn again on top of every other: visits between the same cities
      // share one line, and the selected one must not be hidden under another.
      {
        id: 'routes-selected-casing',
        type: 'line',
        source: SELECTED_ROUTES_SOURCE,
        layout: ROUND,
        paint: {
          'line-color': '#ffffff',
          'line-width': drawnWidth(8),
          'line-opacity': sameForEvery(1),
        },
      },
      {
        id: 'routes-selected-line',
        type: 'line',
        source: SELECTED_ROUTES_SOURCE,
        layout: ROUND,
        paint: {
          'line-color': COLORS.selected,
          'line-width': drawnWidth(4.5),
          'line-opacity': sameForEvery(1),
        },
      },
      chevronLayer('routes-arrows-selected', SELECTED_ROUTES_SOURCE, CHEVRON_PATTERNS.selected, {
        width: drawnWidth(CHEVRON_HEIGHT),
        opacity: sameForEvery(1),
      }),
      ...groups.map(({ source, hit }): LayerSpecification => ({
        id: hit,
        type: 'line',
        source,
        paint: { 'line-color': '#000000', 'line-width': 14, 'line-opacity': 0 },
      })),
      {
        id: 'labels',
        type: 'symbol',
        source: LABELS_SOURCE,
        layout: {
          'text-field': ['get', 'label'],
          'text-font': [
            'match',
            ['get', 'rank'],
            1,
            ['literal', [LABEL_FONTS.missionCity]],
            ['literal', [LABEL_FONTS.place]],
          ],
          'text-size': ['match', ['get', 'rank'], 1, 15, 12],
          // Below the place where there is room, else above or beside it: never under a marker.
          'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
          'text-radial-offset': 1.5,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: {
          'text-color': '#1b2430',
          'text-halo-color': '#ffffff',
          'text-halo-width': 1.6,
        },
      },
      // Placed before the labels (MapLibre places the top layer first): an invisible box where
      // each DOM marker sits, which the labels then avoid (see markerBox.ts).
      {
        id: 'marker-boxes',
        type: 'symbol',
        source: LABELS_SOURCE,
        filter: ['==', ['get', 'rank'], 1],
        layout: {
          'icon-image': MARKER_BOX_IMAGE,
          'icon-allow-overlap': true,
          'icon-ignore-placement': false,
        },
        paint: { 'icon-opacity': 0 },
      },
    ],
  };
}
