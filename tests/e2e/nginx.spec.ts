import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { IMMUTABLE } from '../../scripts/nginx/nginxConfig';
import { sortEvents } from '../../src/data/derive';
import type { RelationsEvent } from '../../src/data/schema';

/**
 * What a host must get right, checked on Debian's nginx with the repo's configuration
 * (the nginx project only; `npm run serve:nginx` serves the same).
 */

async function head(
  request: APIRequestContext,
  path: string,
  headers: Record<string, string> = {},
) {
  const response = await request.get(path, {
    headers: { 'Accept-Encoding': 'br, gzip', ...headers },
  });
  return { status: response.status(), headers: response.headers(), body: await response.body() };
}

function frameAncestors(policy: string | undefined): string | undefined {
  return policy
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('frame-ancestors'));
}

/** The hashed files the built page names: its entry script and stylesheet. */
async function hashedFiles(request: APIRequestContext): Promise<string[]> {
  const html = (await head(request, '/')).body.toString();
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
}

test('the pages: no-cache, compressed, UTF-8, and framable only as embed.html', async ({
  request,
}) => {
  for (const path of ['/', '/?year=1985&mission=kabul', '/some/deep/view']) {
    const { status, headers, body } = await head(request, path);
    expect(status, path).toBe(200);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['cache-control']).toBe('no-cache');
    expect(headers['content-encoding']).toMatch(/^(br|gzip)$/);
    expect(frameAncestors(headers['content-security-policy'])).toBe("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    // The SPA fallback is the atlas itself.
    expect(body.toString()).toContain('<div id="root">');
  }
  for (const path of ['/embed.html', '/embed', '/embed.html?year=1985']) {
    const { status, headers } = await head(request, path);
    expect(status, path).toBe(200);
    expect(headers['cache-control']).toBe('no-cache');
    expect(frameAncestors(headers['content-security-policy'])).toBe('frame-ancestors *');
    expect(headers['x-frame-options']).toBeUndefined();
  }
});

test('hashed files are immutable for a year; the service worker and manifest are not', async ({
  request,
}) => {
  const files = await hashedFiles(request);
  expect(files.some((file) => file.endsWith('.js'))).toBe(true);
  expect(files.some((file) => file.endsWith('.css'))).toBe(true);
  for (const file of files) {
    const { status, headers } = await head(request, file);
    expect(status, file).toBe(200);
    expect(headers['cache-control']).toBe(IMMUTABLE);
    expect(headers['content-type']).toMatch(/^(text\/javascript|text\/css)(; charset=utf-8)?$/);
    expect(headers['content-encoding']).toMatch(/^(br|gzip)$/);
  }
  const worker = await head(request, '/sw.js');
  expect(worker.headers['cache-control']).toBe('no-cache');
  expect(worker.headers['content-type']).toMatch(/^text\/javascript/);
  const manifest = await head(request, '/manifest.webmanifest');
  expect(manifest.headers['cache-control']).toBe('no-cache');
  expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
  expect(JSON.parse(manifest.body.toString())).toHaveProperty('icons');
});

test('the data, the basemap by byte ranges, the map worker and fonts have their types', async ({
  page,
  request,
}) => {
  const data = await head(request, '/data/relations.json');
  expect(data.headers['content-type']).toMatch(/^application\/json/);
  expect(data.headers['cache-control']).toBe('no-cache');
  // As the build writes it (scripts/data): all ASCII, the value of the file people edit with its
  // events in chronology order.
  expect(data.body.every((byte) => byte < 0x80)).toBe(true);
  const edited = JSON.parse(readFileSync('public/data/relations.json', 'utf8')) as {
    events: RelationsEvent[];
  };
  expect(JSON.parse(data.body.toString())).toEqual({
    ...edited,
    events: sortEvents(edited.events),
  });
  const basemap = await head(request, '/basemap/countries.pmtiles', { Range: 'bytes=0-126' });
  expect(basemap.status).toBe(206);
  expect(basemap.headers['content-type']).toBe('application/vnd.pmtiles');
  expect(basemap.body.subarray(0, 7).toString()).toBe('PMTiles');

  // What the page itself loads: the module worker (.mjs) and the fonts.
  const types = new Map<string, string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (/\.(mjs|woff2)$/.test(url.pathname))
      types.set(url.pathname, response.headers()['content-type'] ?? '');
  });
  await page.goto('/?lang=fa-AF');
  await page.waitForFunction(() => performance.getEntriesByName('app:map-idle').length > 0);
  const loaded = [...types.entries()];
  expect(loaded.some(([path]) => path.endsWith('.mjs'))).toBe(true);
  expect(loaded.some(([path]) => path.endsWith('.woff2'))).toBe(true);
  for (const [path, type] of loaded)
    expect(type, path).toMatch(
      path.endsWith('.mjs') ? /^text\/javascript(; charset=utf-8)?$/ : /^font\/woff2$/,
    );
});

test('a missing file is a 404, never the page, and a 404 is not kept', async ({ request }) => {
  for (const path of ['/assets/MapView-gone.js', '/assets/gone.css', '/data/gone.json']) {
    const { status, headers } = await head(request, path);
    expect(status, path).toBe(404);
    expect(headers['content-type']).not.toMatch(/javascript|css|json/);
    expect(headers['cache-control']).toBeUndefined();
    expect(frameAncestors(headers['content-security-policy'])).toBe("frame-ancestors 'none'");
  }
});
