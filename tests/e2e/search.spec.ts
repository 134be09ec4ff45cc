import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';

/** Find: the search over the events, the kinds of event, and their place in the link. */
/** The chronology's region, whatever its name in the page's language. */
const chronology = (page: Page) => page.locator('section.chronology-panel');
const entries = (page: Page) => chronology(page).locator('.chronology__button');
const query = (page: Page) => new URL(page.url()).searchParams;

test('searching "Nazari" lists the 2025 delegation only; q survives a reload and Back', async ({
  page,
}) => {
  await page.goto('/?year=2025');
  await expect(entries(page).first()).toBeVisible();
  const total = await entries(page).count();
  expect(total).toBeGreaterThan(20);
  const search = page.getByRole('searchbox', { name: /Search/ });
  await search.fill('Nazari');
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page).first()).toContainText('Taliban delegation visits Tokyo');
  await expect(chronology(page).getByText('State visit of King Zahir Shah')).toHaveCount(0);
  await expect(chronology(page).getByText(`1 of ${total} events`)).toBeVisible();
  await expect.poll(() => query(page).get('q')).toBe('Nazari');

  await page.reload();
  await expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue('Nazari');
  await expect(entries(page)).toHaveCount(1);

  // A result opens its panel (a history entry); Back closes it and keeps the search.
  await entries(page).first().click();
  await expect(
    page.getByRole('heading', { name: 'Taliban delegation visits Tokyo' }),
  ).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Taliban delegation visits Tokyo' })).toHaveCount(
    0,
  );
  await expect(search).toHaveValue('Nazari');
  await expect(entries(page)).toHaveCount(1);
});

test('kinds of event narrow the list, live in `types`, and come back with Back', async ({
  page,
}) => {
  await page.goto('/');
  await expect(entries(page).first()).toBeVisible();
  const total = await entries(page).count();
  const kinds = page.getByRole('group', { name: 'Kinds of event' });
  await kinds.getByRole('button', { name: 'Treaties' }).click();
  await expect(kinds.getByRole('button', { name: 'Treaties' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(() => query(page).get('types')).toBe('treaties');
  await expect(entries(page)).toHaveCount(2);
  await kinds.getByRole('button', { name: 'Visits' }).click();
  await expect.poll(() => query(page).get('types')).toBe('visits,treaties');
  const both = await entries(page).count();
  expect(both).toBeGreaterThan(2);
  expect(both).toBeLessThan(total);

  await page.goBack();
  await expect.poll(() => query(page).get('types')).toBe('treaties');
  await expect(entries(page)).toHaveCount(2);
  await page.reload();
  await expect(entries(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Show all events' }).click();
  await expect(entries(page)).toHaveCount(total);
  await expect.poll(() => query(page).has('types')).toBe(false);
});

test('the keyboard: / moves to the search, Escape clears it; nothing found is said', async ({
  page,
}) => {
  await page.goto('/?event=1969-zahir-shah-state-visit');
  const search = page.getByRole('searchbox', { name: /Search/ });
  // The shortcut belongs to the panels: there once the data is on the page.
  await expect(search).toBeVisible();
  await page.locator('body').press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('zzzz');
  await expect(chronology(page).getByText('No events match.')).toBeVisible();
  await expect(entries(page)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  // Escape cleared the search and did not close the open panel.
  await expect(page.locator('#event-heading')).toBeVisible();
  await expect.poll(() => query(page).has('q')).toBe(false);
});

test('in Dari, English names and Dari words are both found, and the page stays right to left', async ({
  page,
}) => {
  await page.goto('/?lang=fa-AF');
  const search = page.getByRole('searchbox', { name: 'جستجوی رویدادها' });
  await search.fill('Nazari');
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page).first()).toContainText('سفر هیئت طالبان به توکیو');
  // Dari words, in any order: the delegation and the other Taliban-era events in Tokyo.
  await search.fill('توکیو طالبان');
  await expect(entries(page).filter({ hasText: 'سفر هیئت طالبان به توکیو' })).toHaveCount(1);
  await expect(entries(page).filter({ hasText: 'ظاهرشاه' })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const box = await search.boundingBox();
  const list = await chronology(page).boundingBox();
  // Logical layout: the field spans the panel's width from its start (right) edge.
  expect(
    Math.abs((box?.x ?? 0) + (box?.width ?? 0) - ((list?.x ?? 0) + (list?.width ?? 0))),
  ).toBeLessThan(40);
});
