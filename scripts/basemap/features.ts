/**
 * Natural Earth countries (npm `world-atlas`, TopoJSON) as the features the basemap is built from:
 * one MultiPolygon per country, cut at the antimeridian, with its ISO 3166 numeric code, and the
 * borders between countries as lines split where they cross it. Coordinates to `digits` decimals.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiLineString, MultiPolygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { cutLine, cutPolygon, roundPosition, type Position } from './antimeridian.ts';

export type Scale = '50m' | '10m';

export interface CountryProperties {
  /** ISO 3166-1 numeric code as world-atlas spells it ("004" Afghanistan), or "" where none. */
  iso: string;
}

export interface BasemapFeatures {
  countries: Feature<MultiPolygon, CountryProperties>[];
  borders: Feature<MultiLineString, Record<string, never>>;
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const require = createRequire(import.meta.url);

export function readTopology(scale: Scale): Countries {
  return JSON.parse(
    readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8'),
  ) as Countries;
}

export function basemapFeatures(topology: Countries, digits: number): BasemapFeatures {
  const round = (pt: Position) => roundPosition(pt, digits);
  const countries: BasemapFeatures['countries'] = [];
  for (const country of feature(topology, topology.objects.countries).features) {
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
      .map((p) => p.map((ring) => ring.map(round)));
    if (cut.length === 0) continue;
    countries.push({
      type: 'Feature',
      properties: { iso: String(country.id ?? '') },
      geometry: { type: 'MultiPolygon', coordinates: cut },
    });
  }
  const lines = mesh(topology, topology.objects.countries);
  const borders: BasemapFeatures['borders'] = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiLineString',
      coordinates: lines.coordinates
        .flatMap((line) => cutLine(line as Position[]))
        .map((line) => line.map(round)),
    },
  };
  return { countries, borders };
}
