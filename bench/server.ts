import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { securityHeadersFor } from '../src/security/contentSecurityPolicy.ts';

/** Content types by file extension, for this server and the tests' plain one (tests/servers). */
export const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.pmtiles': 'application/vnd.pmtiles',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg']);

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built app at / and the floor page at /floor/ on loopback, gzip-compressed the way a
 * static host would (the same for both), so the two are compared on equal terms.
 */
export async function serveBuilds(appDir: string, floorDir: string): Promise<StaticServer> {
  const gzipCache = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const isFloor = url.pathname.startsWith('/floor/');
      const root = resolve(isFloor ? floorDir : appDir);
      let path = isFloor ? url.pathname.slice('/floor'.length) : url.pathname;
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, decodeURIComponent(path)));
      if (!file.startsWith(root)) {
        response.writeHead(403).end();
        return;
      }
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      const ext = extname(file);
      const headers: Record<string, string> = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'Accept-Ranges': 'bytes',
        ...(isFloor ? {} : securityHeadersFor(url.pathname)),
      };
      // Byte ranges, as every static host serves them: the basemap archive is read by ranges.
      const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
      if (range) {
        const start = Number(range[1]);
        const end = Math.min(range[2] ? Number(range[2]) : body.length - 1, body.length - 1);
        const part = body.subarray(start, end + 1);
        headers['Content-Range'] = `bytes ${start}-${end}/${body.length}`;
        headers['Content-Length'] = String(part.length);
        response.writeHead(206, headers).end(part);
        return;
      }
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        // Keyed by modification time too: a test may deploy a new build into the directory.
        const key = `${file}@${(await stat(file)).mtimeMs}`;
        let gz = gzipCache.get(key);
        if (!gz) gzipCache.set(key, (gz = gzipSync(body)));
        headers['Content-Encoding'] = 'gzip';
        body = gz;
      }
      headers['Content-Length'] = String(body.length);
      response.writeHead(200, headers).end(body);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
