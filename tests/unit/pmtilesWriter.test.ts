// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PMTiles, TileType, type RangeResponse, type Source } from 'pmtiles';
import { writePmtiles, type ArchiveInfo, type Tile } from '../../scripts/basemap/pmtilesWriter';

/** The `pmtiles` package's own reader, over an archive in memory. */
function reader(bytes: Uint8Array): PMTiles {
  const source: Source = {
    getKey: () => 'memory',
    getBytes: async (offset, length): Promise<RangeResponse> => ({
      data: bytes.slice(offset, offset + length).buffer,
    }),
  };
  return new PMTiles(source);
}

const info: ArchiveInfo = {
  tileCompression: 1,
  tileType: 1,
  bounds: { minLon: -180, minLat: -85, maxLon: 180, maxLat: 85 },
  center: { lon: 70, lat: 40, zoom: 2 },
  metadata: { name: 'test', vector_layers: [] },
};
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('the PMTiles writer', () => {
  it('writes tiles the pmtiles reader finds at their z/x/y, and metadata it reads back', async () => {
    const tiles: Tile[] = [
      { z: 0, x: 0, y: 0, data: bytesOf('world') },
      { z: 1, x: 1, y: 0, data: bytesOf('north-east') },
      { z: 2, x: 3, y: 1, data: bytesOf('deeper') },
    ];
    const archive = reader(writePmtiles(tiles, info));
    const header = await archive.getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.tileType).toBe(TileType.Mvt);
    expect([header.minZoom, header.maxZoom]).toEqual([0, 2]);
    expect([header.centerLon, header.centerLat, header.centerZoom]).toEqual([70, 40, 2]);
    for (const tile of tiles) {
      const found = await archive.getZxy(tile.z, tile.x, tile.y);
      expect(new TextDecoder().decode(found?.data)).toBe(new TextDecoder().decode(tile.data));
    }
    expect(await archive.getZxy(2, 0, 0)).toBeUndefined(); // never written: open sea
    expect(await archive.getMetadata()).toEqual(info.metadata);
  });

  it('stores identical tiles once and still finds each of them', async () => {
    const same = bytesOf('all land');
    const tiles: Tile[] = [];
    for (let x = 0; x < 4; x++) for (let y = 0; y < 4; y++) tiles.push({ z: 2, x, y, data: same });
    const bytes = writePmtiles(tiles, info);
    const archive = reader(bytes);
    const header = await archive.getHeader();
    expect(header.numAddressedTiles).toBe(16);
    expect(header.numTileContents).toBe(1);
    expect(header.numTileEntries).toBe(1); // z2 is one run of 16 tile ids
    for (const tile of tiles) {
      const found = await archive.getZxy(tile.z, tile.x, tile.y);
      expect(new TextDecoder().decode(found?.data)).toBe('all land');
    }
  });

  it('moves entries to leaf directories when the root would not fit in 16 KiB', async () => {
    // Many distinct tiles at irregular places (a fixed pseudo-random walk), so that neither runs
    // nor compression can make the directory small.
    const tiles: Tile[] = [];
    let seed = 1;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const used = new Set<string>(['7/77/42']);
    tiles.push({ z: 7, x: 77, y: 42, data: bytesOf('77/42') });
    while (tiles.length < 30_000) {
      const [x, y] = [next() % 1024, next() % 1024];
      if (used.has(`10/${x}/${y}`)) continue;
      used.add(`10/${x}/${y}`);
      tiles.push({ z: 10, x, y, data: bytesOf(`${x}/${y}/${'.'.repeat(next() % 50)}`) });
    }
    const bytes = writePmtiles(tiles, info);
    const archive = reader(bytes);
    const header = await archive.getHeader();
    expect(header.rootDirectoryLength).toBeLessThanOrEqual(16_384 - 127);
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(new TextDecoder().decode((await archive.getZxy(7, 77, 42))?.data)).toBe('77/42');
    for (const tile of [tiles[1], tiles[15_000], tiles.at(-1)]) {
      if (!tile) throw new Error('no tile');
      const found = await archive.getZxy(tile.z, tile.x, tile.y);
      expect(found?.data).toEqual(tile.data.buffer.slice(0));
    }
  });

  it('gives the same bytes for the same input', () => {
    const tiles: Tile[] = [
      { z: 1, x: 0, y: 1, data: bytesOf('b') },
      { z: 0, x: 0, y: 0, data: bytesOf('a') },
    ];
    expect(writePmtiles(tiles, info)).toEqual(writePmtiles([...tiles].reverse(), info));
  });
});

describe('the committed basemap', () => {
  it('is exactly what `npm run basemap` builds from the npm packages', async () => {
    const { archiveHash, basemapInputs, readStamp } = await import('../../scripts/basemap/stamp');
    const committed = readFileSync(
      fileURLToPath(new URL('../../public/basemap/countries.pmtiles', import.meta.url)),
    );
    // The stamp `npm run basemap` wrote vouches for this very archive…
    const stamp = readStamp();
    expect(stamp?.archive).toBe(archiveHash(committed));
    // …built from these inputs: then a rebuild would give it again, byte for byte. Where any
    // input changed (the build's code, a package, zlib), it is rebuilt and compared.
    if (stamp?.inputs === basemapInputs()) return;
    const { buildBasemap } = await import('../../scripts/basemap/basemap');
    const built = buildBasemap();
    expect(built.length).toBe(committed.length);
    expect(Buffer.compare(Buffer.from(built), committed)).toBe(0);
  }, 30_000);
});
