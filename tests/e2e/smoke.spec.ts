import { expect, test } from './fixtures';

test('the production build loads the data and shows every mission with its status', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Afghanistan–Japan relations atlas',
  );
  const overview = page.getByRole('region', { name: /^Missions (now|at the end of)/ });
  await expect(overview.getByText('Embassy of Japan in Kabul')).toBeVisible();
  await expect(overview.getByText('Embassy of Afghanistan in Tokyo')).toBeVisible();
  await expect(overview.getByText('Embassy of Japan in London')).toBeVisible();
  const chronology = page.getByRole('region', { name: 'Chronology' });
  await expect(chronology.getByRole('button', { name: /Ayub Khan visits Japan/ })).toBeVisible();
  await expect(
    chronology.getByRole('button', { name: /State visit of King Zahir Shah/ }),
  ).toBeVisible();
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((entry) => entry.name),
  );
  expect(marks).toContain('app:data-ready');
  await page.screenshot({ path: 'test-results/screenshots/app.png' });
});
