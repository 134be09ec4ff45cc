import { EtagMismatch, type RangeResponse, type Source } from 'pmtiles';

/**
 * The basemap archive read by HTTP range requests, as PMTiles' own FetchSource does, on any
 * static server: one that ignores `Range` and answers 200 with the whole archive (Python's
 * http.server, many simple hosts) has sent the whole file, which is then kept and sliced for every
 * later read, with no second download. The cost on such a server: the whole archive
 * (docs/map.md) before the first tile, instead of a few small ranges.
 */
/**
 * As PMTiles' FetchSource does: in Chromium-based browsers on Windows, range requests skip the
 * HTTP cache (pmtiles' workaround for that cache's handling of ranges). The service worker
 * still keeps the whole archive.
 */
const userAgent = globalThis.navigator?.userAgent ?? '';
const RANGES_SKIP_CACHE =
  userAgent.includes('Windows') && /Chrome|Chromium|Edg|OPR|Brave/.test(userAgent);

export class RangeOrWholeSource implements Source {
  private whole: Promise<ArrayBuffer> | null = null;
  /** After an ETag mismatch (the archive changed on the server), skip the HTTP cache once. */
  private mustReload = false;

  constructor(private readonly url: string) {}

  getKey(): string {
    return this.url;
  }

  async getBytes(
    offset: number,
    length: number,
    signal?: AbortSignal,
    etag?: string,
  ): Promise<RangeResponse> {
    if (this.whole) return { data: (await this.whole).slice(offset, offset + length) };
    const response = await fetch(this.url, {
      signal,
      cache: this.mustReload ? 'reload' : RANGES_SKIP_CACHE ? 'no-store' : undefined,
      headers: { range: `bytes=${offset}-${offset + length - 1}` },
    });
    if (response.status === 200) return this.keepWhole(response, offset, length);
    if (response.status !== 206) throw new Error(`Bad response code: ${response.status}`);
    const served = weakless(response.headers.get('ETag'));
    if (etag && served && served !== etag) {
      this.mustReload = true;
      throw new EtagMismatch(`The basemap changed on the server (ETag ${served}, not ${etag}).`);
    }
    return {
      data: await response.arrayBuffer(),
      etag: served ?? undefined,
      cacheControl: response.headers.get('Cache-Control') ?? undefined,
      expires: response.headers.get('Expires') ?? undefined,
    };
  }

  /** The server sent the whole archive: keep it (forgotten if its download fails) and slice. */
  private async keepWhole(response: Response, offset: number, length: number) {
    const whole = response.arrayBuffer();
    this.whole = whole;
    whole.catch(() => {
      if (this.whole === whole) this.whole = null;
    });
    return { data: (await whole).slice(offset, offset + length) };
  }
}

/** A weak ETag (W/…) says nothing about the bytes, so it is not compared. */
function weakless(etag: string | null): string | null {
  return etag && !etag.startsWith('W/') ? etag : null;
}
