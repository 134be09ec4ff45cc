import { axeViolations } from './axe';
import { ENGLISH, expectNoEnglish, LANGUAGES, readerTexts } from './english';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './mapHelpers';

test('the check for English finds English', async ({ page }) => {
  expect(ENGLISH).toContain('Status changes');
  await page.goto('/?mission=kabul');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Embassy of Japan in Kabul' }),
  ).toBeVisible();
  const texts = (await readerTexts(page)).join('\n');
  expect(ENGLISH.filter((piece) => texts.includes(piece)).length).toBeGreaterThan(10);
});

for (const { lang, dir, title, slider } of LANGUAGES) {
  test.describe(`in ${lang}`, () => {
    test('every view speaks the language, laid out the right way', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(title);
      await waitForMapIdle(page);
      await expectNoEnglish(page, 'the default view');

      await page.goto(`/?lang=${lang}&year=1985&mission=kabul`);
      await expect(page.getByRole('slider', { name: slider })).toHaveValue('1985');
      await expect(page.locator('.mission-panel h2')).toBeVisible();
      await waitForMapIdle(page);
      await expectNoEnglish(page, 'a mission panel');

      await page.goto(`/?lang=${lang}&event=2025-taliban-delegation-tokyo`);
      await expect(page.locator('.event-panel h2')).toBeVisible();
      await expectNoEnglish(page, 'an event panel');
      if (dir === 'rtl') {
        // The language's own digits, named: Chromium has no Pashto number data to fall back on.
        await expect(page.getByRole('slider', { name: slider })).toHaveAttribute(
          'aria-valuetext',
          /^[^0-9]*[۰-۹][^0-9]*$/,
        );
        // Kabul stands on the right, and the arrow points from it to Tokyo.
        await expect(page.locator('.event-panel__facts dd').filter({ hasText: '←' })).toHaveCount(
          1,
        );
        await expect(page.locator('.event-panel__facts')).not.toContainText('→');
        // The map's scale bar too, which MapLibre writes in Latin digits, and its unit.
        await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/^[^0-9]*[۰-۹]+[^0-9]*$/);
        await expect(page.locator('.maplibregl-ctrl-scale')).not.toContainText('km');
      }
    });

    test('a data error is said in the language', async ({ page }) => {
      await page.route('**/data/relations.json', (route) =>
        route.fulfill({ status: 500, body: 'Internal error' }),
      );
      await page.goto(`/?lang=${lang}`);
      await expect(page.getByRole('alert')).toContainText('HTTP');
      await expectNoEnglish(page, 'the data error');
    });

    test('axe finds nothing to fix', async ({ page }) => {
      await page.goto(`/?lang=${lang}&year=1985&mission=kabul`);
      await waitForMapIdle(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('switching language keeps the view; Back returns to the previous language', async ({
  page,
}) => {
  await page.goto('/?year=1985&mission=kabul');
  // The view first: a language chosen while the data is still loading is kept, but is no step
  // in the history (keepEarlyChoices).
  await expect(
    page.getByRole('heading', { level: 2, name: 'Embassy of Japan in Kabul' }),
  ).toBeVisible();
  await page.getByLabel('Language').selectOption('ja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(
    page.getByRole('heading', { level: 2, name: '在アフガニスタン日本国大使館' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\?year=1985&mission=kabul&lang=ja$/);
  await expect(page.getByRole('slider', { name: '年' })).toHaveValue('1985');
  await page.getByLabel('暦').selectOption('japanese');
  await expect(page).toHaveURL(/\?year=1985&mission=kabul&lang=ja&calendar=japanese$/);
  await page.goBack();
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Embassy of Japan in Kabul' }),
  ).toBeVisible();
});

test('Go to year takes a year in the reader’s calendar, and says what it is in the Gregorian', async ({
  page,
}) => {
  // Dari reads the Solar Hijri first: ۱۳۵۸ began in March 1979 and ended in March 1980.
  await page.goto('/?lang=fa-AF&year=2002');
  const slider = page.getByRole('slider', { name: 'سال' });
  await expect(slider).toHaveAttribute('aria-valuetext', '۱۳۸۰–۱۳۸۱ (۲۰۰۲)');
  await page.getByLabel('رفتن به سال').fill('۱۳۵۸');
  await page.getByRole('button', { name: 'برو', exact: true }).click();
  await expect(slider).toHaveValue('1979');
  await expect(page).toHaveURL(/year=1979/);
  await expect(page.locator('.timeline__note')).toHaveText('۱۳۵۸ برابر با ۱۹۷۹–۱۹۸۰ میلادی است.');
  await expect(page.locator('.timeline__year')).toContainText('۱۳۵۷–۱۳۵۸');

  // Japanese with the era calendar: 昭和54 is 1979.
  await page.goto('/?lang=ja&calendar=japanese&year=2002');
  await page.getByLabel('年を指定').fill('昭和54');
  await page.getByRole('button', { name: '移動', exact: true }).click();
  await expect(page.getByRole('slider', { name: '年' })).toHaveValue('1979');
  await expect(page.locator('.timeline__note')).toHaveText('昭和54は西暦1979年です。');
  await expect(page.locator('.timeline__year')).toHaveText(/^昭和54年.*1979$/);
});

test('a language the browser prefers is used without a lang in the link', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'prs-AF' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa-AF');
  expect(new URL(page.url()).search).toBe('');
  await context.close();
});

test('bad lang and calendar values are dropped, and the notice is in the reader’s language', async ({
  page,
}) => {
  await page.goto('/?lang=fa-AF&calendar=islamic&year=1985');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('status').filter({ hasText: 'calendar' })).toContainText(
    'پیوند مقدارهایی داشت',
  );
  expect(new URL(page.url()).search).toBe('?year=1985&lang=fa-AF');
  await page.goto('/?lang=klingon');
  await expect(page.getByRole('status').filter({ hasText: 'lang' })).toContainText(
    'The link had values',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(new URL(page.url()).search).toBe('');
});

test('screenshots in Japanese and in Dari', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?lang=ja&year=1969&event=1969-zahir-shah-state-visit');
  await waitForMapIdle(page);
  await page.screenshot({ path: 'test-results/screenshots/ja-1366.png' });
  await page.goto('/?lang=fa-AF&year=1985&mission=kabul');
  await waitForMapIdle(page);
  await page.screenshot({ path: 'test-results/screenshots/fa-AF-1366.png' });
});
