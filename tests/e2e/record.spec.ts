import { expect, test } from './fixtures';
import { titleOfRouteLabel, waitForMapIdle, whereKabulRoutesMeet } from './mapHelpers';

test('a mission panel links each source to its page and names the original beside a copy', async ({
  page,
}) => {
  await page.goto('/?year=2021&mission=kabul');
  const panel = page.getByRole('region', { name: 'Embassy of Japan in Kabul' });
  const release = panel.getByRole('link', { name: /在アフガニスタン日本大使館の一時閉館/ }).first();
  await expect(release).toHaveAttribute('href', /^https:\/\/megalodon\.jp\/ref\/2021-0829/);
  await expect(release).toHaveAttribute('target', '_blank');
  await expect(release.locator('xpath=ancestor::li[1]')).toContainText(
    /^Embassy of Japan in Afghanistan, “.+”, 17 August 2021 \(archived copy at megalodon\.jp\)$/,
  );
  // Every source in the panel is a link, apart from the two the data says have none.
  const cited = panel.locator('.sources li');
  const count = await cited.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) {
    const item = cited.nth(i);
    if ((await item.locator('a').count()) === 0) await expect(item).toContainText('(no link: ');
  }
});

test('an event panel links its sources, and shows the corrected dates', async ({ page }) => {
  await page.goto('/?event=2010-karzai-state-visit');
  const panel = page.getByRole('region', { name: 'President Hamid Karzai visits Japan' });
  await expect(panel.getByRole('time').first()).toHaveText('16–20 June 2010');
  await expect(
    panel.getByRole('link', {
      name: /Joint Press Release by the Leaders of Japan and Afghanistan/,
    }),
  ).toHaveAttribute(
    'href',
    'https://www.mofa.go.jp/region/middle_e/afghanistan/jointstate1006.html',
  );
  await expect(
    panel.getByRole('link', { name: /カルザイ・アフガニスタン大統領の訪日/ }).first(),
  ).toBeVisible();

  await page.goto('/?event=1969-zahir-shah-state-visit');
  const segment = page.getByRole('link', { name: /Japanese television news segment/ });
  await expect(segment).toHaveAttribute('href', 'https://www.wacoca.com/news/363296');
  await expect(segment.locator('xpath=ancestor::li[1]')).toContainText('(reposted at wacoca.com)');
});

test('Tokyo shows Suspended since 1 February 2026, its earlier account marked as overtaken', async ({
  page,
}) => {
  await page.goto('/?year=2026&mission=tokyo');
  const overview = page.getByRole('region', { name: /Missions/ });
  const tokyo = overview.locator('li', { hasText: 'Embassy of Afghanistan in Tokyo' });
  await expect(tokyo).toContainText('Suspended');
  await expect(tokyo).toContainText('since 1 February 2026');
  const note = page.getByRole('note', { name: /Overtaken by events/ });
  await expect(note).toContainText('Written before the 2026 suspension');
});

test('the chronology says who took part, so names can be found on the page', async ({ page }) => {
  await page.goto('/');
  const chronology = page.getByRole('region', { name: 'Chronology' });
  for (const name of ['Nazari', 'Muttaqi']) {
    const entry = chronology.getByText(new RegExp(name)).first();
    await entry.scrollIntoViewIfNeeded();
    await expect(entry).toBeVisible();
  }
  await expect(
    chronology.getByRole('button', { name: /Taliban delegation visits Tokyo/ }),
  ).toContainText('Abdul Latif Nazari, Toshihide Ando');
});

test('visits fan out; a click where they meet offers them to choose from', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const point = await whereKabulRoutesMeet(page);
  await page.mouse.move(point.x, point.y);
  await expect(page.locator('.route-tooltip')).toContainText(/\((Kabul → Tokyo|Tokyo → Kabul)/);
  await page.mouse.click(point.x, point.y);
  const chooser = page.getByRole('group', { name: /Visits here/ });
  const options = chooser.getByRole('button');
  expect(await options.count()).toBeGreaterThan(4);
  await expect(options.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toBeFocused();
  const chosen = (await options.nth(1).textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(chooser).toBeHidden();
  await expect(
    page.getByRole('heading', { level: 2, name: titleOfRouteLabel(chosen) }),
  ).toBeVisible();
  expect(new URL(page.url()).searchParams.get('event')).toMatch(/^\d{4}-/);
});

test('Escape closes the chooser and leaves the view as it was', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const point = await whereKabulRoutesMeet(page);
  await page.mouse.click(point.x, point.y);
  await expect(page.getByRole('group', { name: /Visits here/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: /Visits here/ })).toBeHidden();
  expect(new URL(page.url()).search).toBe('');
});
