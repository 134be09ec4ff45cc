import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './mapHelpers';

test('axe: the default view has no violations', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  expect(await axeViolations(page)).toEqual([]);
});

test('axe: a mission panel has no violations', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: /^Embassy of Japan in Kabul — / }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Embassy of Japan in Kabul' }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('axe: an event panel has no violations', async ({ page }) => {
  await page.goto('/?year=1969&event=1969-zahir-shah-state-visit');
  await waitForMapIdle(page);
  await expect(
    page.getByRole('heading', { level: 2, name: /State visit of King Zahir Shah/ }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('every Tab stop shows a visible focus indicator', async ({ page }) => {
  await page.goto('/?mission=kabul');
  await waitForMapIdle(page);
  const stops: string[] = [];
  const missing: string[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const store = window as unknown as { tabStopsSeen?: WeakSet<Element> };
      store.tabStopsSeen ??= new WeakSet();
      if (store.tabStopsSeen.has(el)) return 'wrapped';
      store.tabStopsSeen.add(el);
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const ring = style.boxShadow !== 'none';
      const name =
        el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
      return { id: `${el.tagName.toLowerCase()}: ${name}`, indicated: outline || ring };
    });
    if (stop === 'wrapped') break;
    if (!stop) continue;
    stops.push(stop.id);
    if (!stop.indicated) missing.push(stop.id);
  }
  // The slider, timeline buttons, map, three markers, panel, chronology and sources at least.
  expect(stops.length).toBeGreaterThan(40);
  expect(missing).toEqual([]);
});

test('year changes are announced politely, once the slider settles', async ({ page }) => {
  await page.goto('/?year=1980');
  const slider = page.getByRole('slider', { name: 'Year' });
  const announcer = page.locator('[aria-live="polite"]').filter({ hasText: /^Showing \d{4}$/ });
  await expect(announcer).toHaveText('Showing 1980');
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(announcer).toHaveText('Showing 1985');
  await expect(page.locator('[aria-live="assertive"]')).toHaveCount(0);
});

test('a keyboard alone can do what the mouse does', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveValue('1907');

  // Next event, by Tab and Enter.
  const next = page.getByRole('button', { name: /^Next event \(\d{4}\)/ });
  await next.focus();
  const nextYear = /\((\d{4})\)/.exec((await next.textContent()) ?? '')?.[1];
  await page.keyboard.press('Enter');
  await expect(slider).toHaveValue(nextYear ?? 'missing');

  // A marker, by Tab and Enter, opens its panel; the panel closes by keyboard too.
  const kabul = page.getByRole('button', { name: /^Embassy of Japan in Kabul — / });
  await kabul.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Embassy of Japan in Kabul' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Close mission panel' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Embassy of Japan in Kabul' }),
  ).toHaveCount(0);

  // The map itself pans and zooms from the keyboard, and the view lands in the link.
  await page.locator('canvas.maplibregl-canvas').focus();
  await page.keyboard.press('Equal');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();

  // A chronology event, by keyboard.
  const chronology = page.getByRole('region', { name: 'Chronology' });
  await chronology.getByRole('button', { name: /State visit of King Zahir Shah/ }).focus();
  await page.keyboard.press('Enter');
  await expect(slider).toHaveValue('1969');
  await expect(
    page.getByRole('heading', { level: 2, name: /State visit of King Zahir Shah/ }),
  ).toBeVisible();
});

test('skip links: the first Tab stops go straight to the map, the year, the panel and the chronology', async ({
  page,
}) => {
  await page.goto('/?year=1985&mission=kabul');
  await waitForMapIdle(page);
  const skip = page.getByRole('navigation', { name: 'Skip to' });
  const targets = [
    { name: 'Skip to the map', focused: '.maplibregl-canvas' },
    { name: 'Skip to the year', focused: '.year-slider__input' },
    { name: 'Skip to the panel', focused: '#mission-heading' },
    { name: 'Skip to the chronology', focused: '#chronology-heading' },
  ];
  await page.keyboard.press('Tab');
  for (const [i, { name }] of targets.entries()) {
    const link = skip.getByRole('button', { name });
    if (i > 0) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    // Shown while it has the keyboard, 44 px tall like every control.
    const box = await link.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
  for (const { name, focused } of targets) {
    await page.goto('/?year=1985&mission=kabul');
    await waitForMapIdle(page);
    await page.keyboard.press('Tab');
    while (
      !(await skip.getByRole('button', { name }).evaluate((b) => b === document.activeElement))
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator(focused)).toBeFocused();
  }
  // The map's focus ring is drawn inside its edges, where nothing clips it.
  await page.goto('/?year=1985');
  await waitForMapIdle(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.maplibregl-canvas')).toHaveCSS('outline-offset', '-3px');
});
