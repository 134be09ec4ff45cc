import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleBytes {
  upFrontJs: number;
  upFrontCss: number;
  mapChunkJs: number;
  mapChunkCss: number;
  mapWorker: number;
  /** True when index.html does not load the map chunk and the entry imports it only dynamically. */
  mapIsLazy: boolean;
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** Gzip sizes of what `index.html` loads up front and of the lazily loaded map, from a build. */
export function bundleBytes(dist: string): BundleBytes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+)"[^>]*>/g)]
    .map((m) => m[1] ?? '')
    .filter((ref) => ref.startsWith('/assets/'));
  const upFront = refs.map((ref) => join(dist, ref));
  const assets = readdirSync(join(dist, 'assets'));
  const mapFiles = (ext: string) =>
    assets
      .filter((f) => f.startsWith('MapView-') && f.endsWith(ext))
      .map((f) => join(dist, 'assets', f));
  const sum = (files: string[]) => files.reduce((total, f) => total + gz(f), 0);
  const upFrontJs = upFront.filter((f) => f.endsWith('.js'));
  const entrySource = upFrontJs.map((f) => readFileSync(f, 'utf8')).join('\n');
  const mapIsLazy =
    !refs.some((r) => r.includes('MapView-')) &&
    /import\(["'`][^"'`]*MapView-[^"'`]+\.js["'`]\)/.test(entrySource) &&
    !/from\s*["'`][^"'`]*MapView-/.test(entrySource) &&
    !entrySource.includes('maplibregl');
  return {
    upFrontJs: sum(upFrontJs),
    upFrontCss: sum(upFront.filter((f) => f.endsWith('.css'))),
    mapChunkJs: sum(mapFiles('.js')),
    mapChunkCss: sum(mapFiles('.css')),
    mapWorker: sum(
      // MapLibre's worker with the PMTiles protocol (src/map/mapWorker.ts).
      assets.filter((f) => f.startsWith('mapWorker-')).map((f) => join(dist, 'assets', f)),
    ),
    mapIsLazy,
  };
}
