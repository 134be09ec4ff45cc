/** MapLibre's worker module ships without types: its default export is the worker's class. */
declare module 'maplibre-gl/dist/maplibre-gl-worker.mjs' {
  const MapLibreWorker: new (scope: WorkerGlobalScope | typeof globalThis) => object;
  export default MapLibreWorker;
}
