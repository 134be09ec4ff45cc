import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { syntheticRelations } from '../../scripts/synthetic/synthetic';
import { parseRelationsText } from '../../src/data/validate';
import { expect, test } from './fixtures';
import { canvasDifference, mapCanvasPng, waitForMapIdle } from './mapHelpers';

/** The atlas with a hundred times the events (scripts/synthetic), served in place of its data. */
const large = syntheticRelations(
  parseRelationsText(readFileSync(resolve('public/data/relations.json'), 'utf8')),
  { scale: 100, missions: 30 },
);

test.beforeEach(async ({ page }) => {
  await page.route('**/data/relations.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(large) }),
  );
});

test('a chronology of 5,000 events shows a window of them, scrolled to the year', async ({
  page,
}) => {
  await page.goto('/?year=1985');
  await waitForMapIdle(page);
  const chronology = page.getByRole('region', { name: 'Chronology' });
  const entries = chronology.getByRole('listitem');
  await expect(entries.first()).toBeVisible();
  expect(await entries.count()).toBeLessThan(100);
  await expect(entries.first()).toHaveAttribute('aria-setsize', String(large.events.length));
  // The entries in view are the year's, as in the short list.
  const visibleYears = await chronology.locator('li.chronology__item time').evaluateAll((times) =>
    times
      .filter((t) => {
        const box = t.getBoundingClientRect();
        const list = t.closest('ol')?.getBoundingClientRect();
        return list !== undefined && box.top >= list.top && box.bottom <= list.bottom;
      })
      .map((t) => Number(t.getAttribute('datetime')?.slice(0, 4))),
  );
  expect(visibleYears).toContain(1985);
});

test('an entry far down the long chronology opens its event, and stays in view', async ({
  page,
}) => {
  await page.goto('/?year=2020');
  await waitForMapIdle(page);
  const chronology = page.getByRole('region', { name: 'Chronology' });
  // Event ids start with their year.
  const entry = chronology.locator('li[data-event^="2020-"]').first().getByRole('button');
  const title = await entry.evaluate(
    (button) => button.querySelector('.chronology__title')?.firstChild?.textContent ?? '',
  );
  expect(title).not.toBe('');
  await entry.click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(chronology.locator('[aria-current="true"]')).toBeVisible();
});

test('a jump across the slider reaches the map in full, however many routes it changes', async ({
  page,
}) => {
  // The map of 1907 as a page opened there draws it…
  await page.goto('/?year=1907');
  await waitForMapIdle(page);
  await page.waitForTimeout(500);
  const drawn1907 = await mapCanvasPng(page, 'test-results/screenshots/scale-1907.png');
  // …and from 2026, where every route is drawn, one key back to 1907 changes about 2,600 routes:
  // the map takes them a frame's worth at a time (src/map/frameQueue.ts), and ends on that map.
  await page.goto('/?year=2026');
  await waitForMapIdle(page);
  await page.waitForTimeout(500);
  expect(await canvasDifference(page, drawn1907, await mapCanvasPng(page))).toBeGreaterThan(0.01);
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await slider.press('Home');
  await expect(slider).toHaveValue('1907');
  await expect
    .poll(async () => canvasDifference(page, drawn1907, await mapCanvasPng(page)), {
      timeout: 15_000,
    })
    .toBeLessThan(0.001);
});
