/**
 * MapLibre's worker with the PMTiles protocol built in: the worker reads the basemap's tiles from
 * the archive itself instead of asking the page's main thread for each one, which answers late
 * while the map draws its first frames. Built in rather than added with `importScriptInWorkers`:
 * that import lands only once the worker has started, and tiles asked for before it went through
 * the main thread after all (seen in the first load's resource timing).
 */
import MapLibreWorker from 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import { basemapProtocol } from './basemapProtocol';

interface MapLibreWorkerScope {
  worker?: unknown;
  addProtocol(name: string, load: ReturnType<typeof basemapProtocol>): void;
}

const scope = self as unknown as MapLibreWorkerScope;
// What MapLibre's worker module does when it is the worker script itself. Done here because its
// package marks the module free of side effects, so a bundler keeps only its export.
scope.worker ??= new MapLibreWorker(self);
// The worker handles no message before this module has run, so no tile is asked for before this.
scope.addProtocol('pmtiles', basemapProtocol());
