/**
 * The benchmark's floor: the least a MapLibre page showing this atlas's map can do. The same
 * basemap file, three markers (Kabul, Tokyo, London) and one line (Kabul–Tokyo); nothing else.
 * The atlas is measured against it in the same run (`npm run bench`).
 */
import { Map as MapLibreMap, Marker, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

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
    sources: {
      basemap: { type: 'geojson', data: '/basemap/countries-50m.geojson' },
      line: {
        type: 'geojson',
        data: {
          type: 'Feature',
          properties: {},
          geometry: { type: 'LineString', coordinates: [KABUL, TOKYO] },
        },
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#cfe3ef' } },
      { id: 'land', type: 'fill', source: 'basemap', paint: { 'fill-color': '#f4f1ea' } },
      { id: 'borders', type: 'line', source: 'basemap', paint: { 'line-color': '#b9b2a3' } },
      {
        id: 'line',
        type: 'line',
        source: 'line',
        paint: { 'line-color': '#1d4e89', 'line-width': 3 },
      },
    ],
  },
});

for (const lngLat of [KABUL, TOKYO, LONDON]) new Marker().setLngLat(lngLat).addTo(map);
map.once('idle', () => performance.mark('floor:map-idle'));

// The bench repaints the floor's map to measure what one frame of a bare MapLibre map costs here.
(window as unknown as { floorMap: MapLibreMap }).floorMap = map;
