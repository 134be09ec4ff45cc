/**
 * `npm run basemap`: turns Natural Earth 1:50m countries (npm `world-atlas`, TopoJSON) into the
 * GeoJSON the map ships with, public/basemap/countries-50m.geojson: country polygons (cut at the
 * antimeridian) and their borders as lines (split where they cross it), coordinates to 3 decimals.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { cutLine, cutPolygon, roundPosition, type Position } from './antimeridian.ts';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** ISO 3166 numeric codes of the countries the atlas is about. */
const FOCUS: Record<string, string> = { '004': 'afghanistan', '392': 'japan', '826': 'uk' };

const countries = feature(topology, topology.objects.countries);
const features: Feature[] = [];

for (const country of countries.features) {
  const geometry = country.geometry;
  if (!geometry) continue;
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  const cut = polygons
    .flatMap((p) => cutPolygon(p as Position[][]))
    .map((p) => p.map((ring) => ring.map((pt) => roundPosition(pt))));
  if (cut.length === 0) continue;
  const id = String(country.id ?? '');
  features.push({
    type: 'Feature',
    properties: { name: country.properties.name, focus: FOCUS[id] ?? 'none' },
    geometry: { type: 'MultiPolygon', coordinates: cut } satisfies MultiPolygon,
  });
}

const borders = mesh(topology, topology.objects.countries);
features.push({
  type: 'Feature',
  properties: { name: 'borders', focus: 'none' },
  geometry: {
    type: 'MultiLineString',
    coordinates: borders.coordinates
      .flatMap((line) => cutLine(line as Position[]))
      .map((line) => line.map((pt) => roundPosition(pt))),
  } satisfies MultiLineString,
});

const collection: FeatureCollection = { type: 'FeatureCollection', features };
const out = fileURLToPath(new URL('../../public/basemap/countries-50m.geojson', import.meta.url));
mkdirSync(fileURLToPath(new URL('../../public/basemap/', import.meta.url)), { recursive: true });
writeFileSync(out, JSON.stringify(collection));
console.log(`basemap: ${features.length - 1} countries and their borders written to ${out}`);

// The three countries the atlas is about, alone, so the map can draw them at full detail while it
// simplifies the rest of the world (see src/map/style.ts).
const focus: FeatureCollection = {
  type: 'FeatureCollection',
  features: features.filter((f) => f.properties?.focus !== 'none'),
};
const focusOut = fileURLToPath(
  new URL('../../public/basemap/focus-countries-50m.geojson', import.meta.url),
);
writeFileSync(focusOut, JSON.stringify(focus));
console.log(`basemap: ${focus.features.length} focus countries written to ${focusOut}`);
