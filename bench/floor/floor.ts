/**
 * The benchmark's floor: the page MapLibre's documentation would have you write instead of this
 * atlas. Natural Earth 1:50m countries from the `world-atlas` package's TopoJSON, decoded in the
 * page with `topojson-client`, drawn with plain fill and line layers; three default markers
 * (Kabul, Tokyo, London) and one line (Kabul–Tokyo). No handicap and no tuning: the atlas is
 * measured against it in the same run (`npm run bench`).
 */
import { Map as MapLibreMap, Marker, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

setWorkerUrl(workerUrl);

const KABUL: [number, number] = [69.1723, 34.5281];
const TOKYO: [number, number] = [139.7454, 35.6586];
const LONDON: [number, number] = [-0.1276, 51.5072];

const map = new MapLibreMap({
  container: 'map',
  center: [70, 40],
  zoom: 2,
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#cfe3ef' } }],
  },
});

for (const lngLat of [KABUL, TOKYO, LONDON]) new Marker().setLngLat(lngLat).addTo(map);

const topology = (await (await fetch(countriesUrl)).json()) as Topology<{
  countries: GeometryCollection;
}>;
const countries = feature(topology, topology.objects.countries);

const addLayers = () => {
  map.addSource('countries', { type: 'geojson', data: countries });
  map.addSource('line', {
    type: 'geojson',
    data: {
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: [KABUL, TOKYO] },
    },
  });
  map.addLayer({
    id: 'land',
    type: 'fill',
    source: 'countries',
    paint: { 'fill-color': '#f4f1ea' },
  });
  map.addLayer({
    id: 'borders',
    type: 'line',
    source: 'countries',
    paint: { 'line-color': '#b9b2a3' },
  });
  map.addLayer({
    id: 'line',
    type: 'line',
    source: 'line',
    paint: { 'line-color': '#1d4e89', 'line-width': 3 },
  });
  map.once('idle', () => performance.mark('floor:map-idle'));
};
if (map.isStyleLoaded()) addLayers();
else map.once('load', addLayers);

// The bench repaints the floor's map to measure what one frame of a bare MapLibre map costs here.
(window as unknown as { floorMap: MapLibreMap }).floorMap = map;
