import { EtagMismatch } from 'pmtiles';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { archiveOf } from '../../src/map/basemapProtocol';
import { RangeOrWholeSource } from '../../src/map/rangeOrWholeSource';

const ARCHIVE = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
const URL_ = 'http://127.0.0.1/basemap/countries.pmtiles';

/** A server over ARCHIVE: with byte ranges (206), or one that ignores them (200, whole file). */
function server(ranges: boolean, etag = '"v1"') {
  return vi.fn(async (_url: string, init?: RequestInit) => {
    const range = new Headers(init?.headers).get('range') ?? '';
    const [, start = '0', end = '0'] = /bytes=(\d+)-(\d+)/.exec(range) ?? [];
    if (!ranges) return new Response(ARCHIVE.slice(), { status: 200, headers: { ETag: etag } });
    const body = ARCHIVE.slice(Number(start), Number(end) + 1);
    return new Response(body, { status: 206, headers: { ETag: etag } });
  });
}

const bytes = (data: ArrayBuffer) => [...new Uint8Array(data)];

afterEach(() => vi.unstubAllGlobals());

describe('RangeOrWholeSource', () => {
  it('reads byte ranges from a server that serves them, one request each', async () => {
    const fetchMock = server(true);
    vi.stubGlobal('fetch', fetchMock);
    const source = new RangeOrWholeSource(URL_);
    const first = await source.getBytes(10, 5);
    const second = await source.getBytes(500, 3);
    expect(bytes(first.data)).toEqual([10, 11, 12, 13, 14]);
    expect(bytes(second.data)).toEqual([500 % 251, 501 % 251, 502 % 251]);
    expect(first.etag).toBe('"v1"');
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(new Headers(fetchMock.mock.calls[1]?.[1]?.headers).get('range')).toBe('bytes=500-502');
  });

  it('keeps the whole file from a server that ignores ranges, and slices it with no refetch', async () => {
    const fetchMock = server(false);
    vi.stubGlobal('fetch', fetchMock);
    const source = new RangeOrWholeSource(URL_);
    expect(bytes((await source.getBytes(0, 4)).data)).toEqual([0, 1, 2, 3]);
    expect(bytes((await source.getBytes(990, 10)).data)).toEqual(
      [...ARCHIVE.slice(990, 1000)].map(Number),
    );
    expect(bytes((await source.getBytes(251, 2)).data)).toEqual([0, 1]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('forgets a whole download that failed, so the next read asks again', async () => {
    let calls = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        calls += 1;
        if (calls === 1) {
          const broken = new ReadableStream({ start: (controller) => controller.error('cut') });
          return new Response(broken, { status: 200 });
        }
        return new Response(ARCHIVE.slice(), { status: 200 });
      }),
    );
    const source = new RangeOrWholeSource(URL_);
    await expect(source.getBytes(0, 4)).rejects.toBeDefined();
    expect(bytes((await source.getBytes(0, 4)).data)).toEqual([0, 1, 2, 3]);
    expect(calls).toBe(2);
  });

  it('says when the archive changed on the server (ETag), and reloads past the cache next', async () => {
    const fetchMock = server(true, '"v2"');
    vi.stubGlobal('fetch', fetchMock);
    const source = new RangeOrWholeSource(URL_);
    await expect(source.getBytes(0, 4, undefined, '"v1"')).rejects.toBeInstanceOf(EtagMismatch);
    await source.getBytes(0, 4);
    expect(fetchMock.mock.calls[1]?.[1]?.cache).toBe('reload');
  });

  it('fails on an error status, as the reader expects', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('gone', { status: 404 })),
    );
    await expect(new RangeOrWholeSource(URL_).getBytes(0, 4)).rejects.toThrow('404');
  });
});

describe('archiveOf', () => {
  it('finds the archive in a TileJSON and in a tile address', () => {
    expect(archiveOf(`pmtiles://${URL_}`)).toBe(URL_);
    expect(archiveOf(`pmtiles://${URL_}?retry=2/3/4/5`)).toBe(`${URL_}?retry=2`);
    expect(archiveOf('https://example.org/x.json')).toBeNull();
  });
});
