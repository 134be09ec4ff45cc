import { describe, expect, it } from 'vitest';
import {
  expression,
  latest,
  validateStyleMin,
  type ExpressionSpecification,
  type LineLayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { CHEVRON_HEIGHT, CHEVRON_PATTERNS } from '../../src/map/chevron';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import {
  buildStyle,
  COLORS,
  labelGlyphs,
  routeLayers,
  routeSource,
  routeTolerance,
  SELECTED_ROUTES_SOURCE,
  type StyleInputs,
} from '../../src/map/style';

const ROUTES_SOURCE = routeSource(0);
const line = (id: number): Feature<LineString> => ({
  type: 'Feature',
  id,
  properties: {},
  geometry: {
    type: 'LineString',
    coordinates: [
      [69.2, 34.5],
      [139.7, 35.7],
    ],
  },
});
const collection = (ids: number[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: ids.map(line),
});
const styleInputs: StyleInputs = {
  basemapUrl: 'https://atlas.test/basemap/countries.pmtiles',
  fontRegularUrl: 'https://atlas.test/r.woff2',
  fontBoldUrl: 'https://atlas.test/b.woff2',
  arabicRegularUrl: 'https://atlas.test/ar.woff2',
  arabicBoldUrl: 'https://atlas.test/ab.woff2',
  routeGroups: [],
  selectedRoutes: { type: 'FeatureCollection', features: [] },
  labels: { type: 'FeatureCollection', features: [] },
  countries: [
    { iso: 'AFG', role: 'party' },
    { iso: 'JPN', role: 'party' },
  ],
  attribution: 'Natural Earth',
};
const styleWith = (routeGroups: FeatureCollection[]) => buildStyle({ ...styleInputs, routeGroups });
/** The record's routes fit one source. */
const style = styleWith([collection([0, 1, 2])]);

const routeLines = style.layers.filter(
  (layer): layer is LineLayerSpecification =>
    layer.type === 'line' &&
    (layer.source === ROUTES_SOURCE || layer.source === SELECTED_ROUTES_SOURCE) &&
    layer.id !== 'routes-hit',
);
/** A line layer of the style by id: a route's, or the basemap's borders and outlines. */
const layer = (id: string) => {
  const found = style.layers.find(
    (l): l is LineLayerSpecification => l.type === 'line' && l.id === id,
  );
  if (!found) throw new Error(`no layer ${id}`);
  return found;
};

type State = {
  phase: 'future' | 'current' | 'past';
  hover: boolean;
};
const plain: State = { phase: 'past', hover: false };

/** A line layer's paint property, parsed as MapLibre parses it. */
function linePaint(property: string, value: unknown) {
  // The spec's JSON widens its literal types; MapLibre itself reads it the same way.
  const spec = latest.paint_line[property as keyof typeof latest.paint_line];
  const parsed = expression.createPropertyExpression(
    value,
    property,
    spec as unknown as StylePropertySpecification,
  );
  if (parsed.result !== 'success') throw new Error(`${property}: ${JSON.stringify(parsed.value)}`);
  return parsed.value;
}

/** A paint property of a line layer, evaluated as MapLibre would for a route in this state. */
function paint(id: string, property: 'line-width' | 'line-opacity', state: State): number {
  const value = layer(id).paint?.[property] as ExpressionSpecification | number | undefined;
  if (typeof value === 'number') return value;
  const result: unknown = linePaint(property, value).evaluate(
    { zoom: 3 },
    { type: 'LineString', properties: {} } as never,
    state,
  );
  return Number(result);
}
const width = (id: string, state: Partial<State>) =>
  paint(id, 'line-width', { ...plain, ...state });
const opacity = (id: string, state: Partial<State>) =>
  paint(id, 'line-opacity', { ...plain, ...state });

describe('route style', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('gives a future (hidden) route no width in any layer, so it costs no pixels', () => {
    for (const { id } of routeLines) {
      for (const hover of [false, true]) expect(width(id, { phase: 'future', hover }), id).toBe(0);
    }
  });

  it('draws earlier visits faded, with faded chevrons as tall as their pattern', () => {
    expect(width('routes-line', {})).toBeGreaterThan(0);
    expect(opacity('routes-line', {})).toBeLessThan(1);
    expect(width('routes-arrows', {})).toBe(CHEVRON_HEIGHT);
    expect(opacity('routes-arrows', {})).toBeLessThan(1);
    expect(layer('routes-arrows').paint?.['line-pattern']).toBe(CHEVRON_PATTERNS.route);
  });

  it('draws the selected visit from its own source, on top, in the selected colour and chevrons', () => {
    const selectedLayers = routeLines.filter((l) => l.source === SELECTED_ROUTES_SOURCE);
    expect(selectedLayers.map((l) => l.id)).toEqual([
      'routes-selected-casing',
      'routes-selected-line',
      'routes-arrows-selected',
    ]);
    // Above every layer of the other routes.
    const order = style.layers.map((l) => l.id);
    const lastOther = Math.max(
      ...routeLines.filter((l) => l.source === ROUTES_SOURCE).map((l) => order.indexOf(l.id)),
    );
    for (const { id } of selectedLayers) expect(order.indexOf(id)).toBeGreaterThan(lastOther);
    expect(layer('routes-selected-line').paint?.['line-color']).toBe(COLORS.selected);
    expect(layer('routes-arrows-selected').paint?.['line-pattern']).toBe(CHEVRON_PATTERNS.selected);
    for (const phase of ['past', 'current'] as const) {
      expect(width('routes-selected-line', { phase })).toBeGreaterThan(
        width('routes-line', { phase }),
      );
      expect(opacity('routes-selected-line', { phase })).toBe(1);
      expect(width('routes-arrows-selected', { phase })).toBe(CHEVRON_HEIGHT);
    }
  });

  it('gives the many routes only width and opacity per feature, which a year step re-uploads', () => {
    // MapLibre re-uploads every per-feature property of every layer on a source whenever any
    // feature's state changes: colours and patterns stay one value per layer.
    for (const l of routeLines.filter((r) => r.source === ROUTES_SOURCE)) {
      const perFeature = Object.entries(l.paint ?? {})
        .filter(([, value]) => Array.isArray(value))
        .map(([name]) => name)
        .sort();
      expect(perFeature, l.id).toEqual(['line-opacity', 'line-width']);
    }
  });

  it("draws every plain line, borders and outlines too, with the routes' one GL program", () => {
    // MapLibre compiles a program per combination of per-feature paint properties: the basemap's
    // lines take the routes' combination, so the first frame with routes compiles none for them.
    const drawn = style.layers.filter(
      (l): l is LineLayerSpecification =>
        l.type === 'line' && !l.paint?.['line-pattern'] && l.paint?.['line-opacity'] !== 0,
    );
    expect(drawn.map((l) => l.id)).toEqual(expect.arrayContaining(['borders', 'focus-outline']));
    for (const l of drawn) {
      const perFeature = Object.entries(l.paint ?? {})
        .filter(([name, value]) => {
          const { kind } = linePaint(name, value);
          return kind === 'source' || kind === 'composite';
        })
        .map(([name]) => name)
        .sort();
      expect(perFeature, l.id).toEqual(['line-opacity', 'line-width']);
    }
    // The same width and opacity as before, for every feature.
    expect([width('borders', {}), opacity('borders', {})]).toEqual([0.6, 1]);
    expect([width('focus-outline', {}), opacity('focus-outline', {})]).toEqual([1.2, 0.7]);
  });

  it("lists the labels' source first, so that the map lays their tiles out first", () => {
    expect(Object.keys(style.sources)[0]).toBe('labels');
  });

  it('draws a few hundred routes as precisely as any line, and simplifies thousands to 3 px', () => {
    expect(routeTolerance(26)).toBe(0.375); // the record today
    expect(routeTolerance(300)).toBe(0.375);
    expect(routeTolerance(1000)).toBeGreaterThan(0.375);
    expect(routeTolerance(1000)).toBeLessThan(3);
    expect(routeTolerance(2600)).toBe(3); // 100 times the events
    expect(routeTolerance(1e6)).toBe(3);
    const source = style.sources[ROUTES_SOURCE];
    expect(source && 'tolerance' in source ? source.tolerance : undefined).toBe(0.375);
  });

  it('has no route source or layer for a record without routes', () => {
    const none = styleWith([]);
    expect(validateStyleMin(none)).toEqual([]);
    expect(Object.keys(none.sources).filter((id) => id.startsWith('routes'))).toEqual([
      SELECTED_ROUTES_SOURCE,
    ]);
    expect(none.layers.filter((l) => /^routes-(casing|line|arrows|hit)$/.test(l.id))).toEqual([]);
  });

  it('draws routes split over several sources as one source would draw them', () => {
    // 2,600 routes in three groups: 1,000 + 1,000 + 600.
    const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
    const split = styleWith([
      collection(ids(0, 1000)),
      collection(ids(1000, 1000)),
      collection(ids(2000, 600)),
    ]);
    expect(validateStyleMin(split)).toEqual([]);
    const order = split.layers.map((l) => l.id);
    const groups = [0, 1, 2].map(routeLayers);
    // Each group's layers read its own source, simplified for all the routes together.
    groups.forEach((layers, group) => {
      for (const id of Object.values(layers)) {
        const found = split.layers.find((l) => l.id === id);
        expect(found && 'source' in found ? found.source : undefined, id).toBe(routeSource(group));
      }
      const source = split.sources[routeSource(group)];
      expect(source && 'tolerance' in source ? source.tolerance : undefined).toBe(3);
    });
    // Every casing under every line, under every group's chevrons, under the selected visit.
    const at = (kind: 'casing' | 'line' | 'arrows') => groups.map((g) => order.indexOf(g[kind]));
    expect(Math.max(...at('casing'))).toBeLessThan(Math.min(...at('line')));
    expect(Math.max(...at('line'))).toBeLessThan(Math.min(...at('arrows')));
    expect(Math.max(...at('arrows'))).toBeLessThan(order.indexOf('routes-selected-casing'));
    // Later years are drawn over earlier ones, as in one source's feature order.
    for (const kind of ['casing', 'line', 'arrows'] as const) {
      expect(at(kind)).toEqual([...at(kind)].sort((a, b) => a - b));
    }
    // The first group keeps the names the record's only source has always had.
    expect(groups[0]).toEqual({
      casing: 'routes-casing',
      line: 'routes-line',
      arrows: 'routes-arrows',
      hit: 'routes-hit',
    });
  });

  it('draws a hovered earlier visit at full strength', () => {
    expect(opacity('routes-line', { hover: true })).toBe(1);
    expect(opacity('routes-arrows', { hover: true })).toBe(1);
    expect(width('routes-line', { hover: true })).toBeGreaterThan(width('routes-line', {}));
  });
});

describe('label glyphs', () => {
  const labels: FeatureCollection<Point, { label: string; rank: number }> = {
    type: 'FeatureCollection',
    features: [
      { label: 'Kabul', rank: 1 },
      { label: 'Tokyo', rank: 1 },
      { label: 'Bamiyan', rank: 2 },
      { label: 'کابل', rank: 1 },
    ].map((properties) => ({
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: [69.2, 34.5] },
    })),
  };
  const labelStyle = buildStyle({ ...styleInputs, labels });
  /** The font stack the labels layer draws a label of this rank in, as MapLibre evaluates it. */
  function stackFor(rank: number): string {
    const labelsLayer = labelStyle.layers.find((l) => l.id === 'labels');
    if (labelsLayer?.type !== 'symbol') throw new Error('no labels layer');
    const spec = latest.layout_symbol['text-font'] as unknown as StylePropertySpecification;
    const parsed = expression.createPropertyExpression(
      labelsLayer.layout?.['text-font'],
      'text-font',
      spec,
    );
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    const fonts: unknown = parsed.value.evaluate({ zoom: 3 }, {
      type: 'Point',
      properties: { rank },
    } as never);
    return (fonts as string[]).join(',');
  }

  it('lists each character once under the font stack the labels layer draws it in', () => {
    const glyphs = labelGlyphs(labels);
    expect(glyphs[stackFor(1)]?.sort()).toEqual(
      [...new Set([...'Kabul', ...'Tokyo', ...'کابل'])].sort(),
    );
    expect(glyphs[stackFor(2)]?.sort()).toEqual([...new Set('Bamiyan')].sort());
    expect(Object.keys(glyphs).sort()).toEqual([stackFor(1), stackFor(2)].sort());
    // Both stacks are fonts the style ships (font-faces), not the reader's.
    for (const stack of Object.keys(glyphs)) expect(labelStyle['font-faces']).toHaveProperty(stack);
  });
});
