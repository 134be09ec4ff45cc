import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function waitForMapIdle(page: Page) {
  await page.waitForFunction(
    () => performance.getEntriesByName('app:map-idle').length > 0,
    undefined,
    {
      timeout: 20_000,
    },
  );
}

/**
 * Counts distinct colours on a grid over a screenshot of the map canvas (WebGL buffers cannot be
 * read back directly): a blank or failed map shows one or two.
 */
async function canvasColours(page: Page): Promise<number> {
  const png = await page
    .locator('.maplibregl-canvas')
    .screenshot({ path: 'test-results/screenshots/canvas.png' });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(image, 0, 0);
    const colours = new Set<string>();
    for (let x = 2; x < canvas.width; x += Math.max(1, Math.floor(canvas.width / 40))) {
      for (let y = 2; y < canvas.height; y += Math.max(1, Math.floor(canvas.height / 40))) {
        colours.add(Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3)).join(','));
      }
    }
    return colours.size;
  }, png.toString('base64'));
}

test('the map renders the basemap, markers and routes', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await expect(page.locator('.maplibregl-canvas')).toBeVisible();
  expect(await canvasColours(page)).toBeGreaterThan(4);
  await expect(page.getByText('Natural Earth')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/map.png' });
});

test('the whole world draws without streaks at the antimeridian', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  for (let i = 0; i < 3; i++) await zoomOut.click();
  await page.waitForTimeout(800);
  await page.locator('.app__map').screenshot({ path: 'test-results/screenshots/world.png' });
});

test('the three markers are buttons reachable by Tab, named with their status', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const markers = page.locator('.maplibregl-marker');
  await expect(markers).toHaveCount(3);
  const year = new Date().getFullYear();
  await expect(
    page.getByRole('button', { name: `Embassy of Japan in Kabul — open in ${year}` }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Embassy of Afghanistan in Tokyo — / }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Embassy of Japan in London — / })).toBeVisible();

  const reached = new Set<string>();
  for (let i = 0; i < 40 && reached.size < 3; i++) {
    await page.keyboard.press('Tab');
    const mission = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.mission,
    );
    if (mission) reached.add(mission);
  }
  expect([...reached].sort()).toEqual(['kabul', 'london', 'tokyo']);
});

test('Enter on a focused marker selects it; arrow keys there do not pan the map', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const kabul = page.getByRole('button', { name: /^Embassy of Japan in Kabul — / });
  await kabul.focus();
  const before = await kabul.boundingBox();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await page.waitForTimeout(400);
  expect(await kabul.boundingBox()).toEqual(before);
  await page.keyboard.press('Enter');
  await expect(kabul).toHaveAttribute('aria-pressed', 'true');
});

test('clicking Tokyo selects it', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const tokyo = page.getByRole('button', { name: /^Embassy of Afghanistan in Tokyo — / });
  await tokyo.click();
  await expect(tokyo).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: /^Embassy of Japan in Kabul — / })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('a lost WebGL context says so, and the map comes back when it is restored', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
    const gl = canvas?.getContext('webgl2');
    const ext = gl?.getExtension('WEBGL_lose_context');
    (window as unknown as { loseContext?: WEBGL_lose_context | null }).loseContext = ext;
    ext?.loseContext();
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'lost its graphics context' }),
  ).toBeVisible();
  await page.evaluate(() =>
    (window as unknown as { loseContext?: WEBGL_lose_context }).loseContext?.restoreContext(),
  );
  await expect(page.getByText('lost its graphics context')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Embassy of Japan in Kabul — / })).toBeVisible();
});
