import { test, expect, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * embed.html in another site's page. The host is a second loopback origin (its own port: Chromium
 * lets only local pages frame local ones), so these tests use Playwright's plain `test`: the
 * shared fixture would report the host's own requests as requests to another origin. They
 * collect page errors themselves.
 */
let host: Server;
let HOST = '';
/** What the host's article page holds; each test sets it before visiting. */
let article = '';

test.beforeAll(async () => {
  host = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><title>Article</title></head><body>${article}</body></html>`,
    );
  });
  await new Promise<void>((listening) => host.listen(0, '127.0.0.1', listening));
  HOST = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((closed) => host.close(() => closed())));

/** Page errors and console errors, except Chromium's GL notes and the expected refusals. */
function watch(page: Page) {
  const problems: string[] = [];
  const refusals: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (/frame-ancestors/.test(text)) refusals.push(text);
    else if (
      message.type() === 'error' ||
      (message.type() === 'warning' && !/GL Driver|Service Worker registration blocked/.test(text))
    )
      problems.push(`console ${message.type()}: ${text}`);
  });
  return { problems, refusals };
}

/** Visits an article page at the host origin with `body` in it. */
async function hostPage(page: Page, body: string) {
  article = body;
  await page.goto(`${HOST}/article.html`);
}

async function waitForIdleIn(page: Page, url: RegExp) {
  await expect.poll(() => page.frame({ url }) !== null).toBe(true);
  const frame = page.frame({ url });
  await frame?.waitForFunction(
    () => performance.getEntriesByName('app:map-idle').length > 0,
    undefined,
    { timeout: 20_000 },
  );
}

test("embed.html works in another site's page, adds nothing to its history, takes no focus; the full atlas refuses the frame", async ({
  page,
  baseURL,
}) => {
  const { problems, refusals } = watch(page);
  await hostPage(
    page,
    `<h1>Article</h1><input id="reader" autofocus aria-label="Reader's field">
     <iframe id="atlas" src="${baseURL}/embed.html?year=1985&mission=kabul" title="Atlas"
       width="800" height="480"></iframe>
     <iframe id="full" src="${baseURL}/?year=1985" title="Full atlas" width="400" height="300"></iframe>`,
  );
  const entries = await page.evaluate(() => window.history.length);
  const atlas = page.frameLocator('#atlas');
  await expect(atlas.getByRole('heading', { name: 'Embassy of Japan in Kabul' })).toBeVisible();
  await waitForIdleIn(page, /embed\.html/);
  // The reader's place in the article is where it was.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('reader');

  // Reading it: the year, another mission, the next event, closing the panel.
  const slider = atlas.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await slider.press('ArrowRight');
  await slider.press('ArrowRight');
  await expect(slider).toHaveValue('1987');
  await atlas.locator('.mission-marker[data-mission="tokyo"]').click();
  await expect(atlas.locator('#mission-heading')).toHaveText('Embassy of Afghanistan in Tokyo');
  await atlas.getByRole('button', { name: /^Next event/ }).click();
  await expect(atlas.locator('#event-heading')).toBeVisible();
  await atlas.getByRole('button', { name: /^Close/ }).click();
  await expect.poll(() => page.frame({ url: /embed\.html/ })?.url()).toContain('year=');
  expect(await page.evaluate(() => window.history.length)).toBe(entries);

  // "Open in the full atlas": the same view, in a new tab.
  const open = atlas.getByRole('link', { name: 'Open in the full atlas' });
  await expect(open).toHaveAttribute('target', '_blank');
  const embedded = new URL(page.frame({ url: /embed\.html/ })?.url() ?? '');
  await expect(open).toHaveAttribute('href', `${baseURL}/${embedded.search}`);

  // The full atlas, framed: refused by its own header, so nothing of it runs in the frame.
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  expect(refusals.join('\n')).toContain("frame-ancestors 'none'");
  await expect(page.frameLocator('#full').locator('.app')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('in the embed, the wheel alone leaves the map and says how to zoom, in Dari', async ({
  page,
  baseURL,
}) => {
  const { problems } = watch(page);
  await page.setViewportSize({ width: 800, height: 480 });
  await page.goto(`${baseURL}/embed.html?lang=fa-AF`);
  await waitForIdleIn(page, /embed\.html/);
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  const hint = page.locator('.maplibregl-cooperative-gesture-screen');
  await expect(hint).toHaveClass(/maplibregl-show/);
  await expect(hint).toContainText('برای بزرگ‌نمایی نقشه');
  await page.waitForTimeout(400);
  expect(new URL(page.url()).searchParams.get('map')).toBeNull();
  expect(problems).toEqual([]);
});

test('the Embed dialog gives code that, pasted into a page, shows the same view', async ({
  page,
  context,
  baseURL,
}) => {
  const { problems } = watch(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(`${baseURL}/?year=1985&mission=kabul`);
  const embedButton = page.getByRole('button', { name: /Embed/ });
  await embedButton.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  const code = await dialog.getByLabel('Code to paste').inputValue();
  expect(code).toMatch(
    /^<iframe src="[^"]*\/embed\.html\?year=1985&amp;mission=kabul" title="[^"]+"/,
  );
  expect(code).toContain('loading="lazy"');
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Code copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  // The preview shows the view.
  await expect(
    dialog.frameLocator('iframe').getByRole('heading', { name: 'Embassy of Japan in Kabul' }),
  ).toBeVisible();
  // Tab goes round the dialog's own controls, never into the preview, so Escape still closes it.
  await dialog.getByRole('button', { name: 'Copy code' }).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(embedButton).toBeFocused();

  // Pasted into an article on another site.
  await hostPage(page, `<h1>Article</h1>${code}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { name: 'Embassy of Japan in Kabul' })).toBeVisible();
  await expect(frame.getByRole('slider', { name: 'Year' })).toHaveValue('1985');
  expect(problems).toEqual([]);
});
