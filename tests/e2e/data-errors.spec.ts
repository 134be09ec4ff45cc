import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { SLOW_DATA_MS } from '../../src/data/slowData';

const DATA = '**/data/relations.json';

const failures: {
  name: string;
  message: RegExp;
  detail?: RegExp;
  fulfil: (route: Route) => Promise<void>;
}[] = [
  {
    name: 'a missing file (404)',
    message: /missing \(404/,
    fulfil: (route) => route.fulfill({ status: 404, body: 'Not found' }),
  },
  {
    name: 'a server error (500)',
    message: /HTTP 500/,
    fulfil: (route) => route.fulfill({ status: 500, body: 'Internal error' }),
  },
  {
    name: 'truncated JSON',
    message: /truncated or is not valid JSON/,
    fulfil: async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      await route.fulfill({ response, body: text.slice(0, Math.floor(text.length / 2)) });
    },
  },
  {
    name: 'JSON that breaks the schema',
    message: /does not match the expected format/,
    detail: /missions\.0\.statuses\.0\.status/,
    fulfil: async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { missions: { statuses: { status: string }[] }[] };
      const first = json.missions[0]?.statuses[0];
      if (first) first.status = 'on-holiday';
      await route.fulfill({ response, json });
    },
  },
];

async function expectDataShown(page: Page) {
  await expect(page.getByRole('region', { name: /^Missions (now|at the end of)/ })).toContainText(
    'Embassy of Japan in Kabul',
  );
}

for (const failure of failures) {
  test(`${failure.name} shows an alert, and Retry recovers`, async ({ page }) => {
    await page.route(DATA, failure.fulfil);
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not load its data');
    await expect(alert).toContainText(failure.message);
    if (failure.detail) await expect(alert).toContainText(failure.detail);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.unroute(DATA);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expectDataShown(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

/**
 * Holds the data file back, as a very slow network would, until `release` is called. The page's
 * clock (Playwright's `page.clock`) is moved on past the slow-data wait instead of waiting for it.
 */
function holdBack() {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const handler = async (route: Route) => {
    await released;
    await route.continue().catch(() => undefined); // the page may have cancelled it (Retry)
  };
  return { handler, release };
}

test.describe('a data file that takes longer than the slow-data wait', () => {
  test('shows a loading state, then a slow-data alert, then the data when it arrives', async ({
    page,
  }) => {
    await page.clock.install();
    const slow = holdBack();
    await page.route(DATA, slow.handler);
    await page.goto('/');
    const started = await page.evaluate(() => Date.now());
    await expect(
      page.getByRole('status').filter({ hasText: 'Loading the relations data' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toHaveCount(0);
    await page.clock.fastForward(SLOW_DATA_MS);
    await expect(alert).toContainText('taking longer than 8 seconds');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    slow.release();
    await expectDataShown(page);
    expect((await page.evaluate(() => Date.now())) - started).toBeGreaterThanOrEqual(SLOW_DATA_MS);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('Retry during the wait fetches again and recovers at once', async ({ page }) => {
    await page.clock.install();
    let requests = 0;
    const slow = holdBack();
    await page.route(DATA, async (route) => {
      requests += 1;
      if (requests === 1) await slow.handler(route);
      else await route.continue();
    });
    const started = Date.now();
    await page.goto('/');
    await page.clock.fastForward(SLOW_DATA_MS);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('taking longer than 8 seconds');
    await alert.getByRole('button', { name: 'Retry' }).click();
    // The first answer never came: the data on the page is the second's.
    await expectDataShown(page);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(requests).toBe(2);
    await expect(page.getByRole('alert')).toHaveCount(0);
    slow.release();
  });
});
