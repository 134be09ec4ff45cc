import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { syntheticRelations } from '../../scripts/synthetic/synthetic';
import { parseRelationsText } from '../../src/data/validate';
import { acceptChunkFailure, expect, test } from './fixtures';
import { waitForMapIdle } from './mapHelpers';

/**
 * Every file the page loads on demand, blocked in turn (404): the page is never blank, the failure
 * is said where it belongs, the rest keeps working, and Try again recovers once the file is back.
 * The files come from the build's manifest, so a chunk added later is tested without editing this
 * file; one that none of the readers' actions below loads fails here, asking for its action.
 */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
const manifest = JSON.parse(readFileSync(resolve('dist/.vite/manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;

/** The scripts and stylesheets of the chunks no page loads up front. */
function lazyFiles(): string[] {
  const upFront = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || upFront.has(chunk.file)) return;
    upFront.add(chunk.file);
    for (const css of chunk.css ?? []) upFront.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const files = Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]);
  return [...new Set(files)].filter((file) => /\.(js|css)$/.test(file) && !upFront.has(file));
}

/** Closes a dialog an earlier action left open. */
async function closeDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  if ((await dialog.count()) === 0) return;
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

/**
 * What a reader does, in order, until the blocked file has been asked for. Each action leaves
 * what it opened open, so that a failure in it can be seen; the next one closes it.
 */
const ACTIONS: { name: string; run: (page: Page) => Promise<void> }[] = [
  {
    name: 'opening the atlas',
    run: async (page) => {
      await page.goto('/?year=2002&mission=kabul');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.maplibregl-canvas, .map-message, .notice').first()).toBeVisible({
        timeout: 20_000,
      });
      await page.waitForLoadState('networkidle');
    },
  },
  ...(['Cite', 'Download', 'Embed'] as const).map((name) => ({
    name: `opening ${name}`,
    run: async (page: Page) => {
      await closeDialog(page);
      await page.getByRole('button', { name, exact: true }).click();
      await expect(page.getByRole('dialog', { name })).toBeVisible();
    },
  })),
  // Each language from English; one that fails leaves the page in English, and says so.
  ...(['ja', 'fa-AF', 'ps'] as const).map((lang) => ({
    name: `choosing ${lang}`,
    run: async (page: Page) => {
      await closeDialog(page);
      const language = page.locator('.settings select').first();
      await language.selectOption(lang);
      // In that language, or still in English and saying that this language failed.
      const name = { ja: '日本語', 'fa-AF': 'دری', ps: 'پښتو' }[lang];
      await expect(
        page
          .locator(`html[lang="${lang}"]`)
          .or(page.locator('.app__catalog-notice', { hasText: name })),
      ).toBeAttached();
      if ((await page.locator('html').getAttribute('lang')) === lang) {
        await language.selectOption('en');
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      }
    },
  })),
  {
    name: 'waiting for offline use to be set up',
    run: async (page) => {
      await closeDialog(page);
      await waitForMapIdle(page);
      await page.waitForLoadState('networkidle');
    },
  },
  {
    name: 'opening a chronology of thousands of events',
    run: async (page) => {
      const large = syntheticRelations(
        parseRelationsText(readFileSync(resolve('public/data/relations.json'), 'utf8')),
        { scale: 100, missions: 30 },
      );
      await page.route('**/data/relations.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(large) }),
      );
      await page.goto('/?year=1985');
      await expect(page.getByRole('region', { name: 'Chronology' })).toBeVisible();
      await page.waitForLoadState('networkidle');
    },
  },
];

/** Where the dashboard is up (it needs the data, and so the data checks), its slider moves. */
async function sliderStillMoves(page: Page, key: 'Home' | 'End') {
  const slider = page.getByRole('slider', { name: 'Year' });
  if ((await slider.count()) === 0) return;
  const before = await slider.inputValue();
  await slider.focus();
  await slider.press(key);
  await expect(slider).not.toHaveValue(before);
}

/** What says a part failed: "… could not be loaded.", "… stopped working." */
const failure = (page: Page) =>
  page
    .locator('[role="alert"], [role="status"]')
    .filter({ hasText: /could not be loaded|stopped working/ });

for (const file of lazyFiles()) {
  test(`${file} missing: said where it belongs, the rest works, Try again recovers`, async ({
    page,
    pageProblems,
  }) => {
    test.setTimeout(60_000);
    const pattern = `**/${file}`;
    let asked = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith(file)) asked += 1;
    });
    await page.route(pattern, (route) => route.fulfill({ status: 404, body: 'Not found' }));

    let action = '';
    for (const step of ACTIONS) {
      await step.run(page);
      action = step.name;
      if (asked > 0) break;
    }
    expect(asked, `no reader's action loads ${file}: add the one that does`).toBeGreaterThan(0);

    // Never blank: the page's heading is there, and the failure is said where it belongs.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const said = failure(page).first();
    await expect(said, `after ${action}`).toBeVisible();
    // The rest works (behind a modal dialog, once it is closed, below).
    if ((await page.getByRole('dialog').count()) === 0) await sliderStillMoves(page, 'Home');

    // Back on the server, Try again brings the part.
    await page.unroute(pattern);
    const before = asked;
    await said.getByRole('button', { name: /^(Try again|Retry)$/ }).click();
    await expect.poll(() => asked, { message: `${file} asked for again` }).toBeGreaterThan(before);
    await page.waitForLoadState('networkidle');
    await expect(failure(page)).toHaveCount(0);
    await closeDialog(page);
    await sliderStillMoves(page, 'End');

    // The failure was reported as expected, and nothing else went wrong.
    acceptChunkFailure(pageProblems, file);
  });
}
