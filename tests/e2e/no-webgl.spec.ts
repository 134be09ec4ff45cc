import { CHROMIUM_PATH, QUIET_FLAGS } from '../../playwright.config';
import { axeViolations } from './axe';
import { expectNoEnglish, LANGUAGES } from './english';
import { expect, test } from './fixtures';

test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...QUIET_FLAGS, '--disable-webgl', '--disable-gpu', '--disable-software-rasterizer'],
  },
});

test('without WebGL the page works and the map area says why', async ({ page }) => {
  await page.goto('/');
  const message = page.getByRole('note', { name: 'Map unavailable' });
  await expect(message).toContainText('The map cannot be shown');
  await expect(message).toContainText('WebGL2');
  const chronology = page.getByRole('region', { name: 'Chronology' });
  await chronology.getByRole('button', { name: /State visit of King Zahir Shah/ }).click();
  await expect(page.getByRole('region', { name: /Missions at the end of 1969/ })).toBeVisible();
});

test('axe: the no-WebGL page has no violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('note', { name: 'Map unavailable' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

for (const { lang } of LANGUAGES) {
  test(`the no-WebGL page speaks ${lang}`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator('.map-message')).toBeVisible();
    await expectNoEnglish(page, 'the no-WebGL page');
  });
}
