/**
 * The map's basemap, public/basemap/countries.pmtiles (`npm run basemap` writes it), from Natural
 * Earth (npm `world-atlas`): vector tiles (MVT) in one PMTiles archive, read by the map through the
 * `pmtiles` package's protocol. Zooms 0–3 are cut from the 1:50m countries, zooms 4–6 from the
 * 1:10m ones, so that a city's surroundings stay crisp when zoomed in (the map overzooms zoom 6).
 *
 * Two layers: `countries` (polygons, with each country's ISO 3166 numeric code as `iso`) and
 * `borders` (the lines between countries and along coasts). Everything comes from npm packages and
 * the output is the same bytes on every run; docs/performance.md ("The offline basemap") says why tiles and not GeoJSON.
 */
import { gzipSync } from 'node:zlib';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { BASEMAP_TILES } from '../../src/map/basemapTiles.ts';
import { basemapFeatures, readTopology, type Scale } from './features.ts';
import { writePmtiles, type Tile } from './pmtilesWriter.ts';

/**
 * Which Natural Earth scale each zoom range is cut from, and how hard it is simplified (geojson-vt's
 * tolerance, in tile units of 4096 across 512 px): the world views by up to 2 px, fewer vertices to
 * draw in every frame; the close-ups by 3/8 px, which the map overzooms up to zoom 9.
 */
const RANGES: { scale: Scale; minZoom: number; maxZoom: number; tolerance: number }[] = [
  { scale: '50m', minZoom: 0, maxZoom: 3, tolerance: 16 },
  { scale: '10m', minZoom: 4, maxZoom: BASEMAP_TILES.maxZoom, tolerance: 3 },
];
const EXTENT = 4096;
const BASEMAP_LAYERS = BASEMAP_TILES.layers;

function tilesFor({ scale, minZoom, maxZoom, tolerance }: (typeof RANGES)[number]): Tile[] {
  const { countries, borders } = basemapFeatures(readTopology(scale), 5);
  const options = { maxZoom, indexMaxZoom: maxZoom, indexMaxPoints: 0, extent: EXTENT, tolerance };
  const countryIndex = new GeoJSONVT({ type: 'FeatureCollection', features: countries }, options);
  const borderIndex = new GeoJSONVT(borders, options);
  const tiles: Tile[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) {
        const layers: Record<string, GeoJSONVTTile> = {};
        const c = countryIndex.getTile(z, x, y);
        const b = borderIndex.getTile(z, x, y);
        if (c && c.features.length > 0) layers[BASEMAP_LAYERS.countries] = c;
        if (b && b.features.length > 0) layers[BASEMAP_LAYERS.borders] = b;
        if (Object.keys(layers).length === 0) continue; // open sea: no tile at all
        const mvt = fromGeojsonVt(layers, { version: 2, extent: EXTENT });
        tiles.push({ z, x, y, data: new Uint8Array(gzipSync(mvt, { level: 9 })) });
      }
    }
  }
  return tiles;
}

/** The archive's bytes: the same on every run. */
export function buildBasemap(): Uint8Array {
  const tiles = RANGES.flatMap(tilesFor);
  const maxZoom = BASEMAP_TILES.maxZoom;
  return writePmtiles(tiles, {
    tileCompression: 2,
    tileType: 1,
    bounds: { minLon: -180, minLat: -85.0511, maxLon: 180, maxLat: 85.0511 },
    center: { lon: 70, lat: 40, zoom: 2 },
    metadata: {
      name: 'Natural Earth countries (world-atlas 2.0.2)',
      attribution: 'Natural Earth',
      vector_layers: [
        { id: BASEMAP_LAYERS.countries, fields: { iso: 'String' }, minzoom: 0, maxzoom: maxZoom },
        { id: BASEMAP_LAYERS.borders, fields: {}, minzoom: 0, maxzoom: maxZoom },
      ],
    },
  });
}
