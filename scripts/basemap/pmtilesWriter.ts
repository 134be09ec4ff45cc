/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
 * a 127-byte header, a root directory, JSON metadata, leaf directories when the root would not fit
 * in the first 16 KiB, then the tiles in tile-id order. Identical tiles are stored once, and runs of
 * them share one entry. The npm `pmtiles` package only reads archives; its tile ids are used here
 * and its reader checks this writer in tests/unit/pmtilesWriter.test.ts.
 *
 * Pure and deterministic: the same tiles and metadata give the same bytes.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export interface Tile {
  z: number;
  x: number;
  y: number;
  /** The tile as stored: already compressed as `header.tileCompression` says. */
  data: Uint8Array;
}

export interface ArchiveInfo {
  /** 1 none, 2 gzip (the spec's Compression enum). */
  tileCompression: 1 | 2;
  /** 1 MVT (the spec's TileType enum). */
  tileType: 1;
  bounds: { minLon: number; minLat: number; maxLon: number; maxLat: number };
  center: { lon: number; lat: number; zoom: number };
  metadata: Record<string, unknown>;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
const ROOT_LIMIT = 16_384 - HEADER_BYTES;
const GZIP = 2;

function varints(values: readonly number[]): number[] {
  const out: number[] = [];
  for (let value of values) {
    while (value >= 0x80) {
      out.push((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    out.push(value);
  }
  return out;
}

/** A directory as the spec lays it out (columns, tile ids delta-coded), gzip-compressed. */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const values: number[] = [entries.length];
  let lastId = 0;
  for (const e of entries) {
    values.push(e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) values.push(e.runLength);
  for (const e of entries) values.push(e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    const contiguous = previous !== undefined && e.offset === previous.offset + previous.length;
    values.push(contiguous ? 0 : e.offset + 1);
  });
  return gzip(Uint8Array.from(varints(values)));
}

function gzip(bytes: Uint8Array): Uint8Array {
  // Level and header fixed (gzipSync writes mtime 0): the same input gives the same bytes.
  return new Uint8Array(gzipSync(bytes, { level: 9 }));
}

/** The root directory, and leaf directories when the entries do not fit in the root. */
function directories(entries: readonly Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const root = serializeDirectory(entries);
  if (root.length <= ROOT_LIMIT) return { root, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const leafParts: Uint8Array[] = [];
    const rootEntries: Entry[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const chunk = entries.slice(i, i + leafSize);
      const leaf = serializeDirectory(chunk);
      rootEntries.push({
        tileId: chunk[0]?.tileId ?? 0,
        offset,
        length: leaf.length,
        runLength: 0,
      });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const rootBytes = serializeDirectory(rootEntries);
    if (rootBytes.length <= ROOT_LIMIT) return { root: rootBytes, leaves: concat(leafParts) };
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function writePmtiles(tiles: readonly Tile[], info: ArchiveInfo): Uint8Array {
  const sorted = tiles
    .map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  const data: Uint8Array[] = [];
  let dataLength = 0;
  for (const tile of sorted) {
    const hash = createHash('sha256').update(tile.data).digest('hex');
    let place = stored.get(hash);
    const last = entries.at(-1);
    if (
      place &&
      last &&
      last.offset === place.offset &&
      last.tileId + last.runLength === tile.tileId
    ) {
      last.runLength += 1;
      continue;
    }
    if (!place) {
      place = { offset: dataLength, length: tile.data.length };
      stored.set(hash, place);
      data.push(tile.data);
      dataLength += tile.data.length;
    }
    entries.push({ tileId: tile.tileId, offset: place.offset, length: place.length, runLength: 1 });
  }

  const { root, leaves } = directories(entries);
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(info.metadata)));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;

  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  new TextEncoder().encode('PMTiles').forEach((byte, i) => header.setUint8(i, byte));
  header.setUint8(7, 3);
  const u64 = (at: number, value: number) => header.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, leavesOffset);
  u64(48, leaves.length);
  u64(56, dataOffset);
  u64(64, dataLength);
  u64(72, sorted.length);
  u64(80, entries.length);
  u64(88, stored.size);
  header.setUint8(96, 1); // clustered: tiles are stored in tile-id order
  header.setUint8(97, GZIP); // directories and metadata
  header.setUint8(98, info.tileCompression);
  header.setUint8(99, info.tileType);
  header.setUint8(
    100,
    sorted.reduce((min, t) => Math.min(min, t.z), Infinity),
  );
  header.setUint8(
    101,
    sorted.reduce((max, t) => Math.max(max, t.z), 0),
  );
  const e7 = (at: number, degrees: number) => header.setInt32(at, Math.round(degrees * 1e7), true);
  e7(102, info.bounds.minLon);
  e7(106, info.bounds.minLat);
  e7(110, info.bounds.maxLon);
  e7(114, info.bounds.maxLat);
  header.setUint8(118, info.center.zoom);
  e7(119, info.center.lon);
  e7(123, info.center.lat);

  return concat([new Uint8Array(header.buffer), root, metadata, leaves, ...data]);
}
