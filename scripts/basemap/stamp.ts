import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * What the basemap is built from, as one hash: the build's own code, the tile scheme, the
 * versions of the packages it reads and writes with (from the lockfile), and Node's zlib (the
 * tiles are gzipped). `npm run basemap` writes it beside the archive's own hash; the test that
 * rebuilds the archive byte for byte does so only when these inputs no longer match.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const CODE = [
  'scripts/basemap/basemap.ts',
  'scripts/basemap/features.ts',
  'scripts/basemap/antimeridian.ts',
  'scripts/basemap/pmtilesWriter.ts',
  'src/map/basemapTiles.ts',
];
const PACKAGES = ['world-atlas', 'topojson-client', '@maplibre/geojson-vt', '@maplibre/vt-pbf'];
export const ARCHIVE = `${root}public/basemap/countries.pmtiles`;
export const STAMP = `${root}scripts/basemap/countries.stamp.json`;

export interface BasemapStamp {
  inputs: string;
  archive: string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export function basemapInputs(): string {
  const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8')) as {
    packages: Record<string, { version?: string; integrity?: string }>;
  };
  const parts = [
    ...CODE.map((file) => `${file} ${sha256(readFileSync(`${root}${file}`))}`),
    ...PACKAGES.map((name) => {
      const entry = lock.packages[`node_modules/${name}`];
      return `${name} ${entry?.version} ${entry?.integrity}`;
    }),
    `zlib ${process.versions.zlib}`,
  ];
  return sha256(parts.join('\n'));
}

export function archiveHash(archive: Uint8Array = readFileSync(ARCHIVE)): string {
  return sha256(archive);
}

export function readStamp(): BasemapStamp | null {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')) as BasemapStamp;
  } catch {
    return null;
  }
}
