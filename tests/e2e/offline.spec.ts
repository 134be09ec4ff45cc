import { test, expect, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveBuilds } from '../../bench/server';
import { startNginx } from '../../scripts/nginx/serve';
import { CHROMIUM_PATH, QUIET_FLAGS } from '../../playwright.config';
import { waitForMapIdle } from './mapHelpers';
import { copyBuild, deployNextBuild } from './nextDeploy';

/**
 * Offline after one visit, and updates. The atlas is served by a server of the test's own, over a
 * copy of the production build, so that the test can stop it or deploy a new build into it: the
 * bench's static server in the default project, Debian's nginx with the repo's configuration in
 * the nginx project.
 */
const DIST = resolve(import.meta.dirname, '../../dist');
const NGINX_PORT = 4175;

test.use({ serviceWorkers: 'allow' });

function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // Leaving a page cancels what it was still loading: not a failure of the network.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
  });
  return problems;
}

let served: string;
let server: { origin: string; close(): Promise<void> };
test.beforeEach(async () => {
  served = await mkdtemp(join(tmpdir(), 'atlas-served-'));
  await copyBuild(DIST, served);
  server =
    test.info().project.name === 'nginx'
      ? await startNginx(served, NGINX_PORT)
      : await serveBuilds(served, served);
});
test.afterEach(async () => {
  await server.close().catch(() => undefined);
  await rm(served, { recursive: true, force: true });
});

/** The page's entry script: its name tells build A from build B. */
function entryScript(page: Page): Promise<string | null> {
  return page.locator('script[type="module"][src*="/assets/main-"]').getAttribute('src');
}

test('after one visit, deep links, every language and the map work with the server stopped', async ({
  page,
}) => {
  // Six full loads, each to the map's first idle: 19-24 s on a slow machine, which is too close
  // to the default 30 s (a CI run went past it).
  test.setTimeout(90_000);
  // The page asks for parts of the basemap (the map's range requests); the service worker, not
  // the page, fetches the whole file for its cache, so that its 2.5 MB body never passes through
  // the page's main thread.
  const basemapRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/basemap/'))
      basemapRequests.push(request.headers()['range'] ?? 'all of it');
  });
  await page.goto(`${server.origin}/`);
  await expect(page.locator('.offline-status').getByText('Available offline')).toBeVisible({
    timeout: 30_000,
  });
  expect(basemapRequests.length).toBeGreaterThan(0);
  expect(basemapRequests.filter((range) => !range.startsWith('bytes='))).toEqual([]);
  const origin = server.origin;
  await server.close();
  const problems = watch(page);

  await page.goto(`${origin}/?year=1985&mission=kabul`);
  await expect(page.locator('#mission-heading')).toHaveText('Embassy of Japan in Kabul');
  await waitForMapIdle(page);
  await expect(page.locator('.app__map').getByRole('alert')).toHaveCount(0);
  // Offline, the page still knows it is available offline (and has finished loading).
  await expect(page.locator('.offline-status').getByText('Available offline')).toBeVisible();

  for (const [lang, title] of [
    ['ja', 'アフガニスタン・日本関係アトラス'],
    ['fa-AF', 'اطلس روابط افغانستان و جاپان'],
    ['ps', 'د افغانستان او جاپان د اړیکو اټلس'],
  ] as const) {
    await page.goto(`${origin}/?lang=${lang}&year=2012`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await waitForMapIdle(page);
    await expect(page.locator('.app__map').getByRole('alert')).toHaveCount(0);
    await expect(page.locator('.offline-status span')).not.toBeEmpty();
  }
  await page.goto(`${origin}/embed.html?year=1985&mission=kabul`);
  await expect(page.locator('#mission-heading')).toBeVisible();
  await waitForMapIdle(page);
  expect(problems).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('"Available offline" covers no control while it shows', async ({ page }) => {
    await page.goto(`${server.origin}/?lang=fa-AF`);
    const note = page.locator('.offline-status--ready');
    await expect(note).toBeVisible({ timeout: 30_000 });
    const covered = await note.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const controls = document.querySelectorAll<HTMLElement>('button, select, input, a[href]');
      return [...controls]
        .filter((control) => !element.contains(control))
        .filter((control) => {
          const c = control.getBoundingClientRect();
          return (
            c.width > 0 &&
            c.left < box.right &&
            c.right > box.left &&
            c.top < box.bottom &&
            c.bottom > box.top
          );
        })
        .map((control) => control.textContent?.trim() || control.tagName);
    });
    expect(covered).toEqual([]);
  });
});

test('a new version waits for the reader: Update switches to it, with no chunk error', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const problems = watch(page);
  await page.goto(`${server.origin}/?year=1985&mission=kabul`);
  const status = page.locator('.offline-status');
  await expect(status.getByText('Available offline')).toBeVisible({ timeout: 30_000 });
  const entryA = await entryScript(page);
  expect(entryA).toMatch(/^\/assets\/main-.+\.js$/);

  // Build B lands on the server: every hashed file of build A is gone from it.
  const renamed = await deployNextBuild(served);
  // The open page asks again when it is shown (and hourly); here, it is shown again.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(status).toContainText('A new version of the atlas is ready.', { timeout: 30_000 });

  // Until the reader chooses, build A goes on working, its parts loaded on demand included
  // (their files are no longer on the server: they come from A's cache).
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await entryScript(page)).toBe(entryA);

  await Promise.all([
    page.waitForEvent('load'),
    status.getByRole('button', { name: 'Update' }).click(),
  ]);
  // The same view, now running build B, its map chunk included.
  await expect(page.locator('#mission-heading')).toHaveText('Embassy of Japan in Kabul');
  const entryB = await entryScript(page);
  expect(entryB).toBe(`/assets/${renamed.get((entryA ?? '').replace('/assets/', ''))}`);
  await waitForMapIdle(page);
  const mapChunk = [...renamed.values()].find((name) => /^MapView-.+\.js$/.test(name));
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
  expect(loaded.some((url) => url.endsWith(`/assets/${mapChunk}`))).toBe(true);
  await expect(page.locator('.app__map').getByRole('alert')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('Chromium finds the atlas installable: manifest, icons and service worker', async ({
  playwright,
}) => {
  // Chromium never offers to install from an off-the-record profile, which is what a test's
  // context is: this one has a profile on disk.
  const profile = await mkdtemp(join(tmpdir(), 'atlas-profile-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: QUIET_FLAGS,
    serviceWorkers: 'allow',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/`);
    await expect(page.locator('.offline-status').getByText('Available offline')).toBeVisible({
      timeout: 30_000,
    });
    // The check Lighthouse's installable-manifest audit ran (Lighthouse 12 dropped it).
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(`${server.origin}/manifest.webmanifest`);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
