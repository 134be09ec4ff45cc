import { expect, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { centre, overlaps, within } from './boxes';
import { acceptChunkFailure, test } from './fixtures';
import { waitForMapIdle } from './mapHelpers';

/**
 * Phones, with touch: 390 × 844 (a current phone) and 320 × 640 (the narrowest still sold), in a
 * left-to-right and a right-to-left language.
 */
const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
] as const;
const LANGS = ['en', 'fa-AF'] as const;

test.use({ hasTouch: true, isMobile: true });

async function open(page: Page, query: string) {
  await page.goto(`/${query}`);
  await waitForMapIdle(page);
}

/** Every control the reader can reach on the first screen that is smaller than 44 × 44 px. */
function smallControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'button, a[href], input, select, textarea, summary, [role="slider"], [tabindex]:not([tabindex="-1"])';
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const shown =
        box.width > 1 &&
        box.height > 1 &&
        style.visibility !== 'hidden' &&
        style.pointerEvents !== 'none' &&
        box.bottom > 0 &&
        box.top < window.innerHeight &&
        box.right > 0 &&
        box.left < window.innerWidth;
      if (!shown) continue;
      if (box.width < 43.5 || box.height < 43.5) {
        const name =
          element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName;
        small.push(
          `${element.tagName} "${name.slice(0, 40)}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`,
        );
      }
    }
    return small;
  });
}

for (const { width, height } of PHONES) {
  test.describe(`phone ${width} × ${height}`, () => {
    test.use({ viewport: { width, height } });

    for (const lang of ['en', 'ja', 'fa-AF', 'ps'] as const) {
      test(`${lang}: no sideways scroll, the map fills half the screen, every control is 44 px`, async ({
        page,
      }) => {
        await open(page, `?lang=${lang}`);
        const { scrollWidth, innerWidth, innerHeight } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          innerHeight: window.innerHeight,
        }));
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        const map = await page.locator('.app__map').boundingBox();
        expect(map).not.toBeNull();
        expect(map?.height ?? 0).toBeGreaterThanOrEqual(innerHeight / 2);
        expect((map?.y ?? innerHeight) + (map?.height ?? 0)).toBeLessThanOrEqual(innerHeight);
        expect(await smallControls(page)).toEqual([]);
        // The map's scale, the legend's button and its credit line each keep their own place.
        const parts = await Promise.all(
          ['.maplibregl-ctrl-scale', '.map-legend__toggle', '.maplibregl-ctrl-attrib'].map((part) =>
            page.locator(part).boundingBox(),
          ),
        );
        for (const [i, a] of parts.entries()) {
          for (const b of parts.slice(i + 1)) {
            if (!a || !b) throw new Error('a map control is not shown');
            expect(overlaps(a, b)).toBe(false);
          }
        }
      });
    }

    // Error states keep the 44 px too: each control the failure brings (Try again, Retry,
    // Technical detail) on the first screen, in a left-to-right and a right-to-left language.
    for (const lang of LANGS) {
      test(`${lang}: in error states too, every control is 44 px`, async ({
        page,
        pageProblems,
      }) => {
        const breaks = [
          { file: '**/basemap/countries.pmtiles*', shown: '.app__map [role="alert"] button' },
          { file: '**/data/relations.json', shown: '.notice--error button' },
          { file: '**/assets/OfflineStatus-*.js', shown: '.app__header .notice button' },
        ];
        for (const { file, shown } of breaks) {
          await page.route(file, (route) => route.fulfill({ status: 404, body: 'Not found' }));
          await page.goto(`/?lang=${lang}`);
          await expect(page.locator(shown).first(), file).toBeVisible({ timeout: 20_000 });
          // Details open too, where the failure has them.
          for (const summary of await page.locator('[role="alert"] summary').all()) {
            if (await summary.isVisible()) await summary.click();
          }
          expect(await smallControls(page), file).toEqual([]);
          await page.unroute(file);
        }
        acceptChunkFailure(pageProblems, 'OfflineStatus-');
      });
    }

    for (const lang of ['ja', 'fa-AF', 'ps'] as const) {
      test(`${lang}: the year's words stay whole and clear of the buttons beside them`, async ({
        page,
      }) => {
        // 1989: two Japanese eras; a Solar Hijri year span in Dari and Pashto.
        await open(page, `?lang=${lang}&year=1989`);
        const label = page.locator('.timeline__year');
        const words = await label.locator('.timeline__word').evaluateAll((spans) =>
          // Lines a word is on (a word of mixed directions is several boxes on one line).
          spans.map(
            (span) => new Set([...span.getClientRects()].map((r) => Math.round(r.top))).size,
          ),
        );
        expect(words.length).toBeGreaterThan(1);
        expect(words.every((lines) => lines === 1)).toBe(true);
        const box = await label.boundingBox();
        const buttons = await page.locator('.timeline__controls').boundingBox();
        if (!box || !buttons) throw new Error('the year bar is not shown');
        expect(overlaps(box, buttons)).toBe(false);
        expect(await label.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
      });
    }

    for (const lang of LANGS) {
      test(`${lang}: tapping a marker opens its panel in the sheet, heading on screen; × gives focus back`, async ({
        page,
      }) => {
        await open(page, `?lang=${lang}`);
        const marker = page.locator('.mission-marker[data-mission="kabul"]');
        await marker.tap();
        const heading = page.locator('#mission-heading');
        await expect(heading).toBeFocused();
        await expect(heading).toBeInViewport({ ratio: 1 });
        await expect(page.locator('.sheet')).toHaveAttribute('data-state', 'half');
        // The half-open sheet leaves the map 10 rem, with the chosen mission on it.
        const map = await page.locator('.app__map').boundingBox();
        if (!map) throw new Error('no map');
        expect(map.height).toBeGreaterThanOrEqual(160);
        await expect
          .poll(async () => {
            const pin = await marker.boundingBox();
            return pin !== null && within(centre(pin), map);
          })
          .toBe(true);
        await expect(heading).toBeInViewport({ ratio: 1 });
        // A tap is no hover: the visits under the marker are not named over the small map.
        await expect(page.locator('.route-tooltip')).toHaveCount(0);
        await page.locator('.mission-panel .panel__close').tap();
        await expect(page.locator('.sheet')).toHaveAttribute('data-state', 'collapsed');
        await expect(marker).toBeFocused();
      });

      test(`${lang}: a finger dragged along the slider changes the year`, async ({ page }) => {
        await open(page, `?lang=${lang}&year=1990`);
        const slider = page.getByRole('slider');
        const box = await slider.boundingBox();
        if (!box) throw new Error('no slider');
        const y = box.y + box.height / 2;
        // From a fifth of the way along to four fifths, in the direction the track runs.
        const rtl = lang === 'fa-AF';
        const at = (share: number) => box.x + box.width * (rtl ? 1 - share : share);
        const cdp = await page.context().newCDPSession(page);
        const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x?: number) =>
          cdp.send('Input.dispatchTouchEvent', {
            type,
            touchPoints: x === undefined ? [] : [{ x, y }],
          });
        await touch('touchStart', at(0.2));
        for (let i = 1; i <= 10; i++) await touch('touchMove', at(0.2 + (0.6 * i) / 10));
        await touch('touchEnd');
        const value = Number(await slider.inputValue());
        expect(value).toBeGreaterThan(1990);
        await expect(page).toHaveURL(new RegExp(`year=${value}`));
      });
    }

    test('two fingers spread apart zoom the map in, and the link keeps the view', async ({
      page,
    }) => {
      await open(page, '?map=2/35/90');
      const box = await page.locator('.maplibregl-canvas').boundingBox();
      if (!box) throw new Error('no map');
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      const cdp = await page.context().newCDPSession(page);
      const fingers = (spread: number) => [
        { x: cx - spread, y: cy, id: 0 },
        { x: cx + spread, y: cy, id: 1 },
      ];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
      for (let i = 1; i <= 12; i++) {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: fingers(20 + i * 8),
        });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect
        .poll(() => Number(new URL(page.url()).searchParams.get('map')?.split('/')[0]))
        .toBeGreaterThan(2.5);
    });

    test('the sheet opens, expands, shrinks and folds by touch', async ({ page }) => {
      await open(page, '');
      const sheet = page.locator('.sheet');
      const handle = page.locator('.sheet__handle');
      await expect(sheet).toHaveAttribute('data-state', 'collapsed');
      await handle.tap();
      await expect(sheet).toHaveAttribute('data-state', 'half');
      await expect(handle).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('heading', { name: 'Chronology' })).toBeVisible();
      await page.getByRole('button', { name: 'Expand the panel to the full screen' }).tap();
      await expect(sheet).toHaveAttribute('data-state', 'full');
      // A swipe down on the bar shrinks it one step, then folds it.
      const swipeDown = async () => {
        const bar = await page.locator('.sheet__bar').boundingBox();
        if (!bar) throw new Error('no bar');
        const cdp = await page.context().newCDPSession(page);
        const x = bar.x + bar.width / 3;
        const y = bar.y + bar.height / 2;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
        for (let i = 1; i <= 5; i++) {
          await cdp.send('Input.dispatchTouchEvent', {
            type: 'touchMove',
            touchPoints: [{ x, y: y + i * 20 }],
          });
        }
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      };
      await swipeDown();
      await expect(sheet).toHaveAttribute('data-state', 'half');
      await swipeDown();
      await expect(sheet).toHaveAttribute('data-state', 'collapsed');
      await expect(page.locator('.sheet__body')).toBeHidden();
    });

    test('the sheet opens, expands and folds from the keyboard, and Escape gives focus back', async ({
      page,
    }) => {
      await open(page, '');
      const sheet = page.locator('.sheet');
      const handle = page.locator('.sheet__handle');
      await handle.focus();
      await page.keyboard.press('Enter');
      await expect(sheet).toHaveAttribute('data-state', 'half');
      await page.keyboard.press('Tab');
      await expect(
        page.getByRole('button', { name: 'Expand the panel to the full screen' }),
      ).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(sheet).toHaveAttribute('data-state', 'full');
      await page.keyboard.press('Enter');
      await expect(sheet).toHaveAttribute('data-state', 'half');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Escape');
      await expect(sheet).toHaveAttribute('data-state', 'collapsed');
      await expect(handle).toBeFocused();
    });

    test('"/" goes to the search with the sheet folded: the sheet opens for it', async ({
      page,
    }) => {
      await open(page, '');
      const sheet = page.locator('.sheet');
      await expect(sheet).toHaveAttribute('data-state', 'collapsed');
      await page.keyboard.press('/');
      await expect(page.locator('.search__input')).toBeFocused();
      await expect(sheet).toHaveAttribute('data-state', 'half');
    });

    test('the tools fold into one menu: 44 px each, a dialog from it, Escape back out', async ({
      page,
    }) => {
      await open(page, '?year=1985&mission=kabul');
      const menu = page.getByRole('button', { name: 'Tools', exact: true });
      await menu.tap();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      for (const name of ['Copy link', 'Embed', 'Cite', 'Download'])
        await expect(page.getByRole('button', { name, exact: true })).toBeInViewport();
      expect(await smallControls(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Download', exact: true }).tap();
      const dialog = page.getByRole('dialog', { name: 'Download' });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Events (CSV)' }).tap(),
      ]);
      expect(download.suggestedFilename()).toBe('afghanistan-japan-atlas-events-en.csv');
      // Escape closes the dialog first (focus back on its button), then the menu.
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('button', { name: 'Download', exact: true })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(menu).toBeFocused();
      await expect(page.locator('#mission-heading')).toHaveText('Embassy of Japan in Kabul');
      // Open, the list makes the map under it inert: a tap on another marker folds the list and
      // chooses nothing.
      await menu.tap();
      await expect(page.locator('.app__map')).toHaveAttribute('inert');
      const list = await page.locator('.tools-menu__list').boundingBox();
      const map = await page.locator('.app__map').boundingBox();
      if (!list || !map) throw new Error('no list or no map');
      const others = await page.locator('.mission-marker:not([data-mission="kabul"])').all();
      const centres = [];
      for (const other of others) {
        const box = await other.boundingBox();
        if (box && within(centre(box), map) && !within(centre(box), list))
          centres.push(centre(box));
      }
      const target = centres[0];
      if (!target) throw new Error('no other marker clear of the list');
      const url = page.url();
      // A finger rests on the glass for a tenth of a second or more: time enough for the page to
      // answer the touch before the click that follows it.
      const cdp = await page.context().newCDPSession(page);
      const touchPoints = [{ x: target.x, y: target.y }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints });
      await page.waitForTimeout(150);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('.app__map')).not.toHaveAttribute('inert');
      // Nothing chosen, then or a moment later (a choice renders within a frame or two).
      await page.waitForTimeout(500);
      await expect(page.locator('#mission-heading')).toHaveText('Embassy of Japan in Kabul');
      await expect(page).toHaveURL(url);
    });

    test('Tab out of the open Tools list folds it, and the map is no longer inert', async ({
      page,
    }) => {
      await open(page, '?year=1985&mission=kabul');
      const menu = page.getByRole('button', { name: 'Tools', exact: true });
      await menu.focus();
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('.app__map')).toHaveAttribute('inert');
      const last = page.getByRole('button', { name: 'Download', exact: true });
      for (let i = 0; i < 8 && !(await last.evaluate((e) => e === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await expect(last).toBeFocused();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Tab');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('.app__map')).not.toHaveAttribute('inert');
    });

    for (const lang of LANGS) {
      test(`${lang}: axe finds nothing, folded and with a panel open`, async ({ page }) => {
        await open(page, `?lang=${lang}`);
        expect(await axeViolations(page)).toEqual([]);
        await open(page, `?lang=${lang}&year=1985&mission=kabul`);
        await expect(page.locator('.sheet')).toHaveAttribute('data-state', 'half');
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe('phone 360 × 640', () => {
  test.use({ viewport: { width: 360, height: 640 } });
  for (const lang of ['en', 'fa-AF'] as const) {
    test(`${lang}: a chosen mission at the map's edge is brought out from under the legend's button`, async ({
      page,
    }) => {
      // London sits at the west edge of the first view, where the short map's legend button is.
      await open(page, `?lang=${lang}&mission=london`);
      const marker = page.locator('.mission-marker[data-mission="london"]');
      const legend = page.locator('.map-legend__toggle');
      const map = page.locator('.app__map');
      await expect
        .poll(async () => {
          const [m, l, area] = await Promise.all([
            marker.boundingBox(),
            legend.boundingBox(),
            map.boundingBox(),
          ]);
          return !!m && !!l && !!area && !overlaps(m, l) && within(centre(m), area);
        })
        .toBe(true);
    });
  }

  test('its citation styles are 44 px targets, and its × stays in view as it scrolls', async ({
    page,
  }) => {
    await open(page, '?lang=fa-AF&mission=kabul&year=2022');
    await page.locator('.tools-menu > button').tap();
    await page.locator('.tools-menu__list button').nth(2).tap();
    const dialog = page.locator('dialog[open]');
    const styles = dialog.getByRole('radio');
    await expect(styles).toHaveCount(3);
    for (const style of await styles.all()) {
      const label = await style.locator('xpath=ancestor::label[1]').boundingBox();
      expect(label?.height ?? 0).toBeGreaterThanOrEqual(44);
    }
    await dialog.evaluate((element) => (element.scrollTop = element.scrollHeight));
    expect(await dialog.evaluate((element) => element.scrollTop)).toBeGreaterThan(500);
    const close = dialog.locator('.research-dialog__head button');
    await expect(close).toBeInViewport({ ratio: 1 });
    const [box, area] = await Promise.all([close.boundingBox(), dialog.boundingBox()]);
    if (!box || !area) throw new Error('no close button or dialog');
    expect(within(box, area)).toBe(true);
    await close.tap();
    await expect(dialog).toBeHidden();
  });
});

test.describe('phone 360 × 640, offline', () => {
  test.use({ viewport: { width: 360, height: 640 }, serviceWorkers: 'allow' });
  test('"Available offline" floats over the page and fades, moving nothing (ja)', async ({
    page,
  }) => {
    await open(page, '?lang=ja');
    const bar = page.locator('.app__timeline');
    const note = page.locator('.offline-status');
    await expect(note).toHaveText('オフラインで利用できます', { timeout: 60_000 });
    // Where the year bar is with the note, and with the note taken out of the page: the same.
    const shown = await bar.boundingBox();
    await note.evaluate((element) => (element.style.display = 'none'));
    const without = await bar.boundingBox();
    await note.evaluate((element) => (element.style.display = ''));
    expect(shown).toEqual(without);
    await expect
      .poll(() => note.evaluate((element) => getComputedStyle(element).opacity), {
        timeout: 20_000,
      })
      .toBe('0');
  });
});

test.describe('phone held sideways, 844 × 390', () => {
  test.use({ viewport: { width: 844, height: 390 } });
  test('the map takes the whole height beside the year bar and the panels', async ({ page }) => {
    await open(page, '?lang=fa-AF');
    const map = await page.locator('.app__map').boundingBox();
    const timeline = await page.locator('.app__timeline').boundingBox();
    expect(map?.height ?? 0).toBeGreaterThanOrEqual(390 / 2);
    // Side by side, not stacked.
    expect(Math.abs((map?.y ?? 0) - (timeline?.y ?? 999))).toBeLessThan(10);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    expect(await smallControls(page)).toEqual([]);
  });
});

test.describe('tablet, 768 × 1024', () => {
  test.use({ viewport: { width: 768, height: 1024 } });
  test('two columns: the map beside the panels', async ({ page }) => {
    await open(page, '?year=1985&mission=kabul');
    const map = await page.locator('.app__map').boundingBox();
    const panel = await page.locator('.mission-panel').boundingBox();
    expect(map && panel).toBeTruthy();
    expect(Math.abs((map?.y ?? 0) - (panel?.y ?? 999))).toBeLessThan(20);
    expect((panel?.x ?? 0) >= (map?.x ?? 0) + (map?.width ?? 0)).toBe(true);
  });
});
