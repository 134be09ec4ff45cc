import { expect, test } from './fixtures';

const year = (url: string) => new URL(url).searchParams.get('year');

test('Home and ArrowRight on the slider change the year in the URL', async ({ page }) => {
  await page.goto('/');
  expect(new URL(page.url()).search).toBe('');
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect.poll(() => year(page.url())).toBe('1907');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => year(page.url())).toBe('1908');
  await expect(slider).toHaveValue('1908');
});

for (const [y, label] of [
  [1979, 'Closed'],
  [1985, 'Closed'],
  [2002, 'Open'],
  [2010, 'Open'],
  [2021, 'Closed'],
  [2022, 'Open'],
] as const) {
  test(`?mission=kabul&year=${y} shows "Status in ${y}: ${label}"`, async ({ page }) => {
    await page.goto(`/?mission=kabul&year=${y}`);
    const panel = page.getByRole('region', { name: 'Embassy of Japan in Kabul' });
    await expect(panel.getByText(`Status in ${y}:`)).toHaveText(`Status in ${y}: ${label}`);
  });
}

test('a deep link restores year, selection and camera after a reload', async ({ page }) => {
  await page.goto('/?year=1969&mission=tokyo&map=3.2/40/90');
  const check = async () => {
    await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1969');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Embassy of Afghanistan in Tokyo' }),
    ).toBeVisible();
    await page.waitForFunction(() => performance.getEntriesByName('app:map-idle').length > 0);
    expect(new URL(page.url()).search).toBe('?year=1969&mission=tokyo&map=3.2/40/90');
    // The camera is restored when the markers land on the same pixels.
    return page.getByRole('button', { name: /^Embassy of Afghanistan in Tokyo — / }).boundingBox();
  };
  const before = await check();
  await page.reload();
  expect(await check()).toEqual(before);
  expect(before).not.toBeNull();
});

test('Back and Forward walk through selections without a reload', async ({ page }) => {
  await page.goto('/?year=1985');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  const overview = page.getByRole('region', { name: /^Missions (now|at the end of)/ });
  await overview.getByRole('button', { name: 'Embassy of Japan in Kabul' }).click();
  await expect(page).toHaveURL(/mission=kabul/);
  await overview.getByRole('button', { name: 'Embassy of Afghanistan in Tokyo' }).click();
  await expect(page).toHaveURL(/mission=tokyo/);

  await page.goBack();
  await expect(page).toHaveURL(/mission=kabul/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Embassy of Japan in Kabul' }),
  ).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/mission=/);
  await expect(page.getByRole('heading', { level: 2, name: /Embassy of/ })).toHaveCount(0);
  await page.goForward();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Embassy of Japan in Kabul' }),
  ).toBeVisible();
  await page.goForward();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Embassy of Afghanistan in Tokyo' }),
  ).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test('the chronology selects an event, moves the year, and its link reloads to it', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('region', { name: 'Chronology' })
    .getByRole('button', { name: /President Hamid Karzai visits Japan/ })
    .click();
  // The event's title changed when its dates were corrected; its id (in old links) did not.
  await expect(page).toHaveURL(/event=2010-karzai-state-visit/);
  await expect(page).toHaveURL(/year=2010/);
  const heading = page.getByRole('heading', {
    level: 2,
    name: 'President Hamid Karzai visits Japan',
  });
  await expect(heading).toBeVisible();
  await page.reload();
  await expect(heading).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('2010');
});

test('a link that names an event but no year opens at the event’s year, and says so in its URL', async ({
  page,
}) => {
  await page.goto('/?event=1907-ayub-khan-visit');
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1907');
  await expect(page.getByRole('button', { name: /^Previous event/ })).toBeDisabled();
  await expect.poll(() => new URL(page.url()).search).toBe('?year=1907&event=1907-ayub-khan-visit');
  // A year the link names is kept.
  await page.goto('/?year=1950&event=1907-ayub-khan-visit');
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1950');
});

test('Copy link puts the current URL on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?year=1971&mission=kabul');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('a hostile URL renders the app, throws nothing, and is normalized', async ({ page }) => {
  await page.goto(
    '/?year=%3Cscript%3Ealert(1)%3C%2Fscript%3E&mission=paris&event=..%2F..%2Fetc&map=NaN&year=2',
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'could not use' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue(
    String(new Date().getFullYear()),
  );
  expect(await page.locator('script:not([type="module"])').count()).toBe(0);
});
