import { expect, type Locator, type Page } from '@playwright/test';
import { overlaps, type Box } from './boxes';
import { test } from './fixtures';
import { waitForMapIdle } from './mapHelpers';

/**
 * The small embed lays its panel over the map: whatever the panel is about stays in the part of
 * the map it leaves open, in a left-to-right and a right-to-left language.
 */
const LANGS = ['en', 'fa-AF'] as const;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not shown');
  return box;
}

/** The marker's centre is on the map and not under the panel. */
async function inOpenMap(page: Page, mission: string): Promise<boolean> {
  const marker = await boxOf(page.locator(`.mission-marker[data-mission="${mission}"]`));
  const panel = await boxOf(page.locator('.embed__panel'));
  const map = await boxOf(page.locator('.embed__map'));
  const x = marker.x + marker.width / 2;
  const y = marker.y + marker.height / 2;
  const onMap = x > map.x && x < map.x + map.width && y > map.y && y < map.y + map.height;
  const underPanel =
    x > panel.x && x < panel.x + panel.width && y > panel.y && y < panel.y + panel.height;
  return onMap && !underPanel;
}

for (const lang of LANGS) {
  for (const size of [
    { width: 600, height: 450 },
    { width: 360, height: 420 },
  ]) {
    test(`a linked mission is not under the embed's panel (${lang}, ${size.width} × ${size.height})`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(`/embed.html?mission=kabul&year=2010&lang=${lang}`);
      await waitForMapIdle(page);
      await expect(page.locator('.embed__panel')).toBeVisible();
      await expect.poll(() => inOpenMap(page, 'kabul')).toBe(true);
    });
  }

  test(`a visit's two ends are both clear of the embed's panel (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 450 });
    await page.goto(`/embed.html?event=2010-karzai-state-visit&year=2010&lang=${lang}`);
    await waitForMapIdle(page);
    await expect.poll(() => inOpenMap(page, 'kabul')).toBe(true);
    await expect.poll(() => inOpenMap(page, 'tokyo')).toBe(true);
  });

  for (const size of [
    { width: 320, height: 400 },
    { width: 360, height: 420 },
  ]) {
    test(`a visit longer than the strip beside the panel shows an end there (${lang}, ${size.width} × ${size.height})`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(`/embed.html?event=2010-karzai-state-visit&year=2010&lang=${lang}`);
      await waitForMapIdle(page);
      await expect.poll(() => inOpenMap(page, 'tokyo')).toBe(true);
    });
  }
}

test('a mission chosen in the embed moves out from under the panel it opens', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 450 });
  await page.goto('/embed.html?year=2010');
  await waitForMapIdle(page);
  await page.locator('.mission-marker[data-mission="kabul"]').click();
  await expect(page.locator('.embed__panel')).toBeVisible();
  await expect.poll(() => inOpenMap(page, 'kabul')).toBe(true);
});

for (const lang of ['en', 'ja', 'fa-AF'] as const) {
  for (const size of [
    { width: 600, height: 450 },
    { width: 320, height: 400 },
  ]) {
    test(`the map's credit line and scale stay in sight below the panel (${lang}, ${size.width} × ${size.height})`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(`/embed.html?mission=kabul&year=2010&lang=${lang}`);
      await waitForMapIdle(page);
      const panel = await boxOf(page.locator('.embed__panel'));
      const map = await boxOf(page.locator('.embed__map'));
      for (const part of ['.maplibregl-ctrl-attrib', '.maplibregl-ctrl-scale']) {
        const box = await boxOf(page.locator(part));
        expect(overlaps(panel, box), part).toBe(false);
        expect(box.y + box.height, part).toBeLessThanOrEqual(map.y + map.height);
      }
      const scale = await boxOf(page.locator('.maplibregl-ctrl-scale'));
      expect(overlaps(scale, await boxOf(page.locator('.maplibregl-ctrl-attrib')))).toBe(false);
      // The credit line is one line: nothing of it is cut off or wrapped under the panel.
      expect((await boxOf(page.locator('.maplibregl-ctrl-attrib'))).height).toBeLessThan(24);
    });
  }
}

for (const lang of LANGS) {
  test(`with a panel open, the legend's button is beside it and works (${lang}, 600 × 450)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 600, height: 450 });
    await page.goto(`/embed.html?mission=kabul&year=2010&lang=${lang}`);
    await waitForMapIdle(page);
    const toggle = page.locator('.map-legend__toggle');
    expect(overlaps(await boxOf(toggle), await boxOf(page.locator('.embed__panel')))).toBe(false);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.map-legend ul')).toBeVisible();
  });

  test(`in a narrow embed the legend waits for the panel to close, out of the Tab order (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 400 });
    await page.goto(`/embed.html?mission=kabul&year=2010&lang=${lang}`);
    await waitForMapIdle(page);
    const toggle = page.locator('.map-legend__toggle');
    await expect(toggle).toBeHidden();
    await page.locator('.embed__panel .panel__close').click();
    await expect(toggle).toBeVisible();
  });
}
