import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { TYPES } from '../../bench/server';

/**
 * The simplest static host, as `python3 -m http.server` is: every file whole, with 200, whatever
 * the request's `Range`; no compression, no special headers. What a server that ignores byte
 * ranges does to the atlas (tests/e2e/static-servers.spec.ts). `ranges` counts the requests that
 * asked for a range, and `whole` the files it sent whole in answer to them.
 */
export function plainStaticServer(root: string) {
  const base = resolve(root);
  const seen = { ranges: 0, whole: [] as string[] };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end('Not found');
    if (request.headers.range) {
      seen.ranges += 1;
      seen.whole.push(path);
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
    });
    createReadStream(file).pipe(response);
  });
  return {
    seen,
    listen: (port: number) =>
      new Promise<void>((done) => server.listen(port, '127.0.0.1', () => done())),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
