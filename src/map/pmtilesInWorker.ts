/**
 * Loaded into MapLibre's worker (`importScriptInWorkers`, maplibreEngine.ts): the worker reads the
 * basemap's tiles from the PMTiles archive itself, instead of asking the page's main thread for each
 * one — which, while the map draws its first frames, answers late.
 */
import { Protocol } from 'pmtiles';

interface MapLibreWorkerScope {
  addProtocol(name: string, load: Protocol['tile']): void;
}

(self as unknown as MapLibreWorkerScope).addProtocol('pmtiles', new Protocol().tile);
