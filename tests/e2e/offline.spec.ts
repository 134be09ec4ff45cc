import { test, expect, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { serveBuilds, type StaticServer } from '../../bench/server';
import { waitForMapIdle } from './mapHelpers';

/**
 * Offline after one visit. The atlas is served by a server of the test's own (the bench's static
 * server, over the production build), so that the test can stop it: after the first visit has
 * installed the service worker, every page below is opened with no server at all.
 */
const DIST = resolve(import.meta.dirname, '../../dist');

test.use({ serviceWorkers: 'allow' });

function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    // Leaving a page cancels what it was still loading: not a failure of the network.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
  });
  return problems;
}

let server: StaticServer;
test.beforeEach(async () => {
  server = await serveBuilds(DIST, DIST);
});
test.afterEach(async () => {
  await server.close().catch(() => undefined);
});

test('after one visit, deep links, every language and the map work with the server stopped', async ({
  page,
}) => {
  await page.goto(`${server.origin}/`);
  await expect(page.locator('.offline-status').getByText('Available offline')).toBeVisible({
    timeout: 30_000,
  });
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
