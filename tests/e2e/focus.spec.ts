import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { titleOfRouteLabel, waitForMapIdle, whereKabulRoutesMeet } from './mapHelpers';

test.use({ viewport: { width: 1366, height: 768 } });

/** The opened panel's heading: on screen and holding the keyboard focus. */
async function expectPanelHere(page: Page, name: string | RegExp): Promise<Locator> {
  const heading = page.getByRole('heading', { level: 2, name });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport({ ratio: 1 });
  return heading;
}

const chronology = (page: Page) => page.getByRole('region', { name: 'Chronology' });

test('the chronology opens a panel where the reader looks; Escape returns to the entry', async ({
  page,
}) => {
  await page.goto('/');
  const entry = chronology(page).getByRole('button', { name: /State visit of King Zahir Shah/ });
  await entry.scrollIntoViewIfNeeded();
  await entry.click();
  await expectPanelHere(page, /State visit of King Zahir Shah/);
  await expect(
    page.locator('[aria-live="polite"]').filter({ hasText: /9–15 April 1969/ }),
  ).toHaveText('State visit of King Zahir Shah and Queen Humaira, 9–15 April 1969');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: /Zahir Shah/ })).toHaveCount(0);
  await expect(entry).toBeFocused();
});

test('a marker opens its panel, announced; × gives focus back to the marker', async ({ page }) => {
  await page.goto('/?year=1985');
  await waitForMapIdle(page);
  const kabul = page.getByRole('button', { name: 'Embassy of Japan in Kabul — closed in 1985' });
  await kabul.focus();
  await page.keyboard.press('Enter');
  await expectPanelHere(page, 'Embassy of Japan in Kabul');
  await expect(
    page.locator('[aria-live="polite"]').filter({ hasText: 'Embassy of Japan in Kabul, ' }),
  ).toHaveText('Embassy of Japan in Kabul, closed in 1985');
  await page.getByRole('button', { name: 'Close mission panel' }).click();
  await expect(kabul).toBeFocused();
});

test('a route opens its panel next to the map; closing returns to the map', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const point = await whereKabulRoutesMeet(page);
  await page.mouse.click(point.x, point.y);
  const first = page
    .getByRole('group', { name: /Visits here/ })
    .getByRole('button')
    .first();
  await expect(first).toBeFocused();
  const label = (await first.textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expectPanelHere(page, titleOfRouteLabel(label));
  await page.keyboard.press('Escape');
  await expect(page.locator('canvas.maplibregl-canvas')).toBeFocused();
});

test('previous and next event open the event, with one history entry each', async ({ page }) => {
  await page.goto('/?year=1985');
  const length = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Next event (1989)' }).click();
  await expectPanelHere(page, 'Japan announces it will leave Kabul');
  expect(new URL(page.url()).searchParams.get('event')).toBe('1989-japan-to-leave-kabul');
  expect(await page.evaluate(() => history.length)).toBe(length + 1);
  await page.getByRole('button', { name: 'Previous event (1979)' }).click();
  await expectPanelHere(page, 'Japan closes its embassy in Kabul');
  expect(new URL(page.url()).search).toBe('?year=1979&event=1979-japanese-embassy-kabul-closes');
  // The chronology brought the selected entry into its own view without taking the focus.
  const entry = chronology(page).locator(
    '[data-event="1979-japanese-embassy-kabul-closes"] button',
  );
  await expect(entry).toHaveAttribute('aria-current', 'true');
  expect(await entry.evaluate(insideScrollingList)).toBe(true);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: /will leave Kabul/ })).toBeVisible();
});

test('a tick opens the first event of its year', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Go to 2002' }).click();
  await expectPanelHere(page, 'Tokyo Conference on Afghan reconstruction');
  expect(new URL(page.url()).search).toBe('?year=2002&event=2002-tokyo-conference');
});

test('choosing anything during Play pauses it', async ({ page }) => {
  await page.goto('/?year=1960');
  const slider = page.getByRole('slider', { name: 'Year' });
  const play = page.getByRole('button', { name: 'Play' });

  await play.click();
  await expect(slider).not.toHaveValue('1960');
  const entry = chronology(page).getByRole('button', { name: /State visit of King Zahir Shah/ });
  await entry.scrollIntoViewIfNeeded();
  await entry.click();
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  await page.waitForTimeout(1600);
  await expect(slider).toHaveValue('1969');

  await page.getByRole('button', { name: 'Play' }).click();
  await expect(slider).not.toHaveValue('1969');
  const field = page.getByLabel('Go to year');
  await field.fill('1985');
  await field.press('Enter');
  await page.waitForTimeout(1600);
  await expect(slider).toHaveValue('1985');
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
});

test('"Link copied" moves nothing and goes away by itself', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?year=1971');
  const slider = page.getByRole('slider', { name: 'Year' });
  const before = await slider.boundingBox();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const message = page.getByText('Link copied');
  await expect(message).toBeVisible();
  expect(await slider.boundingBox()).toEqual(before);
  await expect(message).toBeHidden({ timeout: 5000 });
});

test('the legend folds into a button, remembered for the session; screenshots', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const toggle = page.getByRole('button', { name: 'Legend' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('Held by former Republic', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/default-1366.png' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText('Held by former Republic', { exact: true })).toBeHidden();
  await page.screenshot({ path: 'test-results/screenshots/legend-folded-1366.png' });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Legend' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
});

test('screenshots of a mission panel and an event panel at 1366 × 768', async ({ page }) => {
  await page.goto('/?year=2025&mission=tokyo');
  await waitForMapIdle(page);
  await expect(page.getByText('Held by former Republic').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/mission-1366.png' });
  await page.goto('/?event=2025-taliban-delegation-tokyo');
  await waitForMapIdle(page);
  await page.screenshot({ path: 'test-results/screenshots/event-1366.png' });
});

/** Whether an entry lies wholly inside the visible part of the list that scrolls it. */
function insideScrollingList(entry: Element): boolean {
  const list = entry.closest('ol');
  if (!list) return false;
  const a = entry.getBoundingClientRect();
  const b = list.getBoundingClientRect();
  return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
}

test('the map shows what the reader chose, even when zoomed in elsewhere', async ({ page }) => {
  await page.goto('/?map=5/51.5/-0.1');
  await waitForMapIdle(page);
  const entry = chronology(page).getByRole('button', { name: /State visit of King Zahir Shah/ });
  await entry.scrollIntoViewIfNeeded();
  await entry.click();
  await expectPanelHere(page, /State visit of King Zahir Shah/);
  // Zoomed out and moved east far enough to hold Kabul and Tokyo; the link says so.
  await expect
    .poll(() => Number(new URL(page.url()).searchParams.get('map')?.split('/')[0] ?? 99))
    .toBeLessThan(4);
  const lng = Number(new URL(page.url()).searchParams.get('map')?.split('/')[2]);
  expect(lng).toBeGreaterThan(69);
  expect(lng).toBeLessThan(140);
});
