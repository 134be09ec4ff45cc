import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { waitForMapIdle } from './mapHelpers';

/**
 * One file broken at a time, by intercepting its request: the map area says what happened, in the
 * reader's language, nothing throws, the rest of the page keeps working, and "Try again" recovers
 * once the file is back. (The shared fixture fails a test on any page error or console warning;
 * Chromium's own "Failed to load resource: 404" lines are expected here.)
 */
const mapArea = (page: Page) => page.locator('.app__map');

async function breakFile(page: Page, pattern: string, answer: 'missing' | Buffer) {
  await page.route(pattern, (route) =>
    answer === 'missing'
      ? route.fulfill({ status: 404, body: 'Not found' })
      : route.fulfill({ status: 200, body: answer }),
  );
}

/** Takes the expected messages out of the page's problems, which must then hold nothing else. */
function expectOnly(problems: string[], expected: RegExp[]) {
  const expectedSeen = problems.filter((p) => expected.some((e) => e.test(p)));
  expect(expectedSeen.length).toBeGreaterThan(0);
  problems.splice(0, problems.length, ...problems.filter((p) => !expected.some((e) => e.test(p))));
}

/** The panels and the slider still answer while the map is broken. */
async function pageStillWorks(page: Page) {
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await slider.press('Home');
  await expect(slider).toHaveValue('1907');
  await page.getByRole('button', { name: 'Embassy of Japan in Kabul' }).first().click();
  await expect(page.locator('#mission-heading')).toBeVisible();
}

for (const file of [
  { name: 'script', pattern: '**/assets/MapView-*.js' },
  { name: 'stylesheet', pattern: '**/assets/MapView-*.css' },
]) {
  test(`the map chunk's ${file.name} missing: the map area says so, and Try again loads it`, async ({
    page,
  }) => {
    await breakFile(page, file.pattern, 'missing');
    await page.goto('/');
    const alert = mapArea(page).getByRole('alert');
    await expect(alert).toContainText('The map could not be loaded.');
    await pageStillWorks(page);
    await page.unroute(file.pattern);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await waitForMapIdle(page);
    await expect(mapArea(page).getByRole('alert')).toHaveCount(0);
    // The stylesheet is really there: MapLibre's controls are laid out by it.
    await expect(page.locator('.maplibregl-ctrl-top-right')).toHaveCSS('position', 'absolute');
  });
}

test('after a new deploy the old page offers to reload into the new version', async ({ page }) => {
  await breakFile(page, '**/assets/MapView-*.js', 'missing');
  // The page the server sends now names another entry script: a newer build.
  let served = 0;
  await page.route('**/?lang=fa-AF', async (route) => {
    served += 1;
    if (served === 1) return route.fallback();
    const html = (await (await route.fetch()).text()).replace(
      /src="\/assets\/main-[^"]+\.js"/,
      'src="/assets/main-NEWBUILD.js"',
    );
    return route.fulfill({ status: 200, contentType: 'text/html', body: html });
  });
  await page.goto('/?lang=fa-AF');
  const alert = mapArea(page).getByRole('alert');
  await expect(alert).toContainText('نقشه بارگیری نشد.');
  await expect(alert).toContainText('نسخهٔ تازه‌تری از اطلس');
  await expect(alert.getByRole('button', { name: 'بارگیری دوباره با نسخهٔ تازه' })).toBeVisible();
});

for (const broken of [
  { name: 'missing', answer: 'missing' as const },
  { name: 'truncated', answer: 'truncated' as const },
  { name: 'not an archive', answer: Buffer.from('<!doctype html><p>Not the basemap</p>') },
]) {
  test(`the basemap ${broken.name}: the map says so, markers and routes still work, Try again reloads it`, async ({
    page,
    request,
  }) => {
    const pattern = '**/basemap/countries.pmtiles*';
    if (broken.answer === 'truncated') {
      const whole = await (await request.get('/basemap/countries.pmtiles')).body();
      await breakFile(page, pattern, whole.subarray(0, 200));
    } else {
      await breakFile(page, pattern, broken.answer);
    }
    await page.goto('/?year=1985');
    const alert = mapArea(page).getByRole('alert');
    await expect(alert).toContainText('The basemap could not be loaded.');
    await expect(page.locator('.mission-marker[data-mission]')).toHaveCount(3);
    await page.locator('.mission-marker[data-mission="tokyo"]').click();
    await expect(page.locator('#mission-heading')).toHaveText('Embassy of Afghanistan in Tokyo');
    await page.unroute(pattern);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(mapArea(page).getByRole('alert')).toHaveCount(0);
    // Drawn again with the basemap: the map goes idle with no new failure.
    await page.waitForTimeout(1500);
    await expect(mapArea(page).getByRole('alert')).toHaveCount(0);
  });
}

test('the map worker missing: the map says so, and Try again starts it once it is back', async ({
  page,
  pageProblems,
}) => {
  const pattern = '**/assets/mapWorker-*.mjs';
  await breakFile(page, pattern, 'missing');
  await page.goto('/?lang=ja');
  const alert = mapArea(page).getByRole('alert');
  await expect(alert).toContainText('バックグラウンド処理を開始できなかった');
  await page.unroute(pattern);
  await alert.getByRole('button', { name: 'もう一度試す' }).click();
  await waitForMapIdle(page);
  await expect(mapArea(page).getByRole('alert')).toHaveCount(0);
  // MapLibre's own report of the failure, and Chromium's note that the label fonts, preloaded
  // for the map, were not used while it could not draw: both expected here.
  expectOnly(pageProblems, [
    /Worker failed to load/,
    /was preloaded using link preload but not used/,
  ]);
});

test('the map worker failing as it starts: the map says so, and Try again recovers', async ({
  page,
  pageProblems,
}) => {
  const pattern = '**/assets/mapWorker-*.mjs';
  await page.route(pattern, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      body: "throw new Error('a broken worker');",
    }),
  );
  await page.goto('/?year=1985&mission=kabul');
  const alert = mapArea(page).getByRole('alert');
  await expect(alert).toContainText("The map's background worker could not be started");
  await pageStillWorks(page);
  await page.unroute(pattern);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await waitForMapIdle(page);
  await expect(mapArea(page).getByRole('alert')).toHaveCount(0);
  // MapLibre's own report (it cannot tell a worker that fails to load from one that throws).
  expectOnly(pageProblems, [
    /a broken worker/,
    /Worker failed to load/,
    /was preloaded using link preload but not used/,
  ]);
});

test('the label fonts missing: the map still draws, with nothing else broken', async ({
  page,
  pageProblems,
}) => {
  await breakFile(page, '**/*.woff2', 'missing');
  await page.goto('/?year=1985&mission=kabul');
  await waitForMapIdle(page);
  await expect(mapArea(page).getByRole('alert')).toHaveCount(0);
  await expect(page.locator('#mission-heading')).toBeVisible();
  // MapLibre says it draws the labels without the missing font files.
  expectOnly(pageProblems, [/Ignoring the font face at .*\.woff2: AJAXError: Not Found \(404\)/]);
});

test('a language catalog missing: the page stays in English and says why', async ({ page }) => {
  await breakFile(page, '**/assets/_catalog_ja-*.js', 'missing');
  await page.goto('/?lang=ja');
  await expect(
    page.getByRole('status').filter({ hasText: 'translation could not be loaded' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Afghanistan–Japan relations atlas',
  );
  await waitForMapIdle(page);
});
