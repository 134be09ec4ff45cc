import { expect, test } from './fixtures';

const DATA = '**/data/relations.json';
const HOSTILE = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;

test('the built page carries a strict Content-Security-Policy, as a meta tag and a header', async ({
  page,
}) => {
  const response = await page.goto('/');
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const header = response?.headers()['content-security-policy'];
  for (const policy of [meta, header]) {
    expect(policy).toBeTruthy();
    const directives = new Map(
      (policy ?? '').split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-(inline|eval)|\*/);
  }
  expect(header).toContain("frame-ancestors 'none'");
  // The map still draws under the policy: its worker, fonts and basemap are all 'self'.
  await expect(page.locator('.maplibregl-canvas')).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('app:map-idle').length > 0);
});

test('the policy is enforced: an injected inline script is blocked and reported', async ({
  page,
  pageProblems,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
    document.body.append(script);
    return document.documentElement.dataset.inlineRan === 'yes';
  });
  expect(ran).toBe(false);
  // The fixture saw the violation; it is this test's point, so take it off the fixture's list.
  await expect
    .poll(() => pageProblems.filter((p) => p.startsWith('CSP violation')).length)
    .toBeGreaterThanOrEqual(1);
  const unexpected = pageProblems.filter(
    (p) =>
      p !== 'CSP violation: script-src-elem blocked inline' &&
      !/^console error: Executing inline script violates the following Content Security Policy/.test(
        p,
      ),
  );
  expect(unexpected).toEqual([]);
  pageProblems.length = 0;
});

test('data text is shown as text: markup in the data file never becomes HTML', async ({ page }) => {
  await page.route(DATA, async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { events: { id: string; title: string }[] };
    const first = json.events[0];
    if (first) first.title = HOSTILE;
    await route.fulfill({ response, json });
  });
  await page.goto('/');
  const chronology = page.getByRole('region', { name: 'Chronology' });
  await expect(chronology.getByText(HOSTILE)).toBeVisible();
  await expect(page.locator('main img[src="x"], main script')).toHaveCount(0);
  await chronology.getByText(HOSTILE).click();
  await expect(page.getByRole('heading', { name: HOSTILE })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
});

test('URL text is never rendered as HTML', async ({ page }) => {
  await page.goto(`/?event=${encodeURIComponent(HOSTILE)}&mission=${encodeURIComponent(HOSTILE)}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
  // The heading is there before the data; the link is rewritten once the data has been read.
  await expect.poll(() => page.url()).not.toContain('event=');
});
