import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { axeViolations } from './axe';
import { waitForMapIdle } from './mapHelpers';
import { sortEvents } from '../../src/data/derive';
import type { RelationsEvent } from '../../src/data/schema';
import { BOM, parseCsv } from '../../src/research/csv';
import { EVENT_COLUMNS, SOURCE_COLUMNS, STATUS_COLUMNS } from '../../src/research/tables';

/** Cite, Download and the image export, against the production build. */
const root = resolve(import.meta.dirname, '../..');
const data = JSON.parse(readFileSync(resolve(root, 'public/data/relations.json'), 'utf8')) as {
  events: RelationsEvent[];
  sources: unknown[];
  missions: { statuses: unknown[] }[];
};
const translated = (locale: string) =>
  JSON.parse(readFileSync(resolve(root, `public/data/i18n/${locale}.json`), 'utf8')) as {
    texts: Record<string, string>;
  };

async function downloadFrom(page: Page, item: RegExp | string) {
  const dialog = page.getByRole('dialog');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: item }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

test('the Cite dialog gives the permalink, the access date and a BibTeX entry, and copies it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?year=1985&mission=kabul');
  await page.getByRole('button', { name: /Cite/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  await expect(dialog).toBeVisible();
  const permalink = page.url();
  expect(permalink).toContain('year=1985&mission=kabul');
  await expect(dialog.getByRole('link', { name: permalink })).toHaveAttribute('href', permalink);
  const today = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date());
  await expect(dialog).toContainText(today);
  await expect(dialog).toContainText(`Retrieved ${today}, from ${permalink}`);

  const bibtex = dialog.locator('pre').first();
  await expect(bibtex).toContainText('@misc{afghanistan-japan-atlas-1985-kabul,');
  await expect(bibtex).toContainText(`url = {${permalink}}`);
  await dialog.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(dialog.getByText('Copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await bibtex.textContent());
  expect(copied).toMatch(
    /^@misc\{afghanistan-japan-atlas-1985-kabul,\n[\s\S]*urldate = \{\d{4}-\d{2}-\d{2}\}/,
  );

  // The primary sources behind the mission, formatted in the chosen style.
  await expect(dialog.getByRole('heading', { name: 'The sources behind this view' })).toBeVisible();
  await dialog.getByRole('radio', { name: 'Chicago' }).check();
  await expect(dialog.getByRole('heading', { name: 'Sources, Chicago' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Closing gives focus back, and the view is as it was.
  await expect(page.getByRole('button', { name: /Cite/ })).toBeFocused();
  await expect(page.locator('#mission-heading')).toHaveText('Embassy of Japan in Kabul');
  expect(page.url()).toBe(permalink);
});

test('each download arrives, parses, holds every record and carries the licence', async ({
  page,
}) => {
  await page.goto('/?year=1985&mission=kabul');
  const before = page.url();
  await page.getByRole('button', { name: /Download/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Download' });
  await expect(dialog).toBeVisible();

  const events = await downloadFrom(page, 'Events (CSV)');
  expect(events.name).toBe('afghanistan-japan-atlas-events-en.csv');
  const text = events.bytes.toString('utf8');
  expect(text.startsWith(BOM)).toBe(true);
  const [notice, header, ...rows] = parseCsv(text);
  expect(notice?.[0]).toContain('CC BY 4.0');
  expect(notice?.[0]).toContain(before);
  expect(header).toEqual([...EVENT_COLUMNS]);
  // Every event, in chronology order (the order the served file has them in).
  expect(rows.map((r) => r[0])).toEqual(sortEvents(data.events).map((e) => e.id));
  expect(rows.every((r) => r.length === EVENT_COLUMNS.length)).toBe(true);

  const statuses = parseCsv((await downloadFrom(page, 'Status changes (CSV)')).bytes.toString());
  expect(statuses[1]).toEqual([...STATUS_COLUMNS]);
  expect(statuses.length - 2).toBe(data.missions.reduce((n, m) => n + m.statuses.length, 0));
  const sources = parseCsv((await downloadFrom(page, 'Sources (CSV)')).bytes.toString());
  expect(sources[1]).toEqual([...SOURCE_COLUMNS]);
  expect(sources.length - 2).toBe(data.sources.length);

  const json = JSON.parse((await downloadFrom(page, 'Whole data set (JSON)')).bytes.toString());
  expect(json.metadata.licence).toEqual({
    name: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  });
  expect(json.events).toHaveLength(data.events.length);
  await expect(dialog.getByRole('status')).toContainText('Saved afghanistan-japan-atlas');

  // The view and the selection are untouched.
  await page.keyboard.press('Escape');
  expect(page.url()).toBe(before);
  await expect(page.locator('#mission-heading')).toHaveText('Embassy of Japan in Kabul');
});

for (const locale of ['ja', 'fa-AF'] as const) {
  test(`downloads in ${locale} carry its text, which survives the CSV round trip`, async ({
    page,
  }) => {
    await page.goto(`/?lang=${locale}`);
    await page
      .locator('.timeline')
      .getByRole('button', { name: /ダウンロード|دانلود/ })
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const items = dialog.getByRole('listitem').getByRole('button');
    const [download] = await Promise.all([page.waitForEvent('download'), items.nth(0).click()]);
    expect(download.suggestedFilename()).toBe(`afghanistan-japan-atlas-events-${locale}.csv`);
    const rows = parseCsv(readFileSync(await download.path()).toString('utf8'));
    const titles = new Map(rows.slice(2).map((r) => [r[0], r[EVENT_COLUMNS.indexOf('title')]]));
    const texts = translated(locale).texts;
    for (const event of data.events)
      expect(titles.get(event.id)).toBe(texts[`events.${event.id}.title`]);
    expect(rows[0]?.[0]).toContain('CC BY 4.0');

    const [json] = await Promise.all([page.waitForEvent('download'), items.nth(3).click()]);
    const parsed = JSON.parse(readFileSync(await json.path()).toString('utf8'));
    expect(parsed.metadata).toMatchObject({ language: locale, translatedFrom: 'en' });
    const first = sortEvents(data.events)[0]?.id; // the download keeps chronology order
    expect(parsed.events[0].title).toBe(texts[`events.${first}.title`]);
  });
}

/**
 * Reads a PNG in the page: its size, and in the map's frame (on the start side: right to left in
 * Dari) and the footer, how many colours and how many marker and ink pixels.
 */
async function inspectPng(page: Page, png: Buffer, rtl: boolean) {
  return page.evaluate(
    async ({ base64, rtl }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no 2D canvas');
      ctx.drawImage(image, 0, 0);
      const area = (x: number, y: number, w: number, h: number) => {
        const { data } = ctx.getImageData(x, y, w, h);
        const colours = new Set<number>();
        const counts = { markerGreen: 0, markerRed: 0, ink: 0 };
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
          colours.add((r << 16) | (g << 8) | b);
          const close = (c: [number, number, number]) =>
            Math.abs(r - c[0]) + Math.abs(g - c[1]) + Math.abs(b - c[2]) < 30;
          if (close([0x1b, 0x7a, 0x43])) counts.markerGreen++;
          if (close([0xb4, 0x23, 0x18])) counts.markerRed++;
          if (r < 120 && g < 120 && b < 140) counts.ink++;
        }
        return { colours: colours.size, ...counts };
      };
      return {
        width: image.width,
        height: image.height,
        map: area(rtl ? 464 : 32, 104, 1104, 752),
        footer: area(0, 874, 1600, 126),
      };
    },
    { base64: png.toString('base64'), rtl },
  );
}

for (const locale of ['en', 'fa-AF'] as const) {
  test(`the PNG image (${locale}): 1600 px wide, with the map, its markers and the footer`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(`/?year=1985&mission=kabul&lang=${locale}`);
    await waitForMapIdle(page);
    await page
      .locator('.timeline')
      .getByRole('button', { name: /Download|دانلود/ })
      .click();
    const items = page.getByRole('dialog').getByRole('listitem').getByRole('button');
    const [download] = await Promise.all([page.waitForEvent('download'), items.nth(4).click()]);
    expect(download.suggestedFilename()).toBe(`afghanistan-japan-atlas-1985-kabul-${locale}.png`);
    const png = readFileSync(await download.path());
    await download.saveAs(`test-results/screenshots/export-${locale}.png`);
    const seen = await inspectPng(page, png, locale === 'fa-AF');
    expect(seen.width).toBeGreaterThanOrEqual(1600);
    expect(seen.height).toBeGreaterThanOrEqual(1000);
    // A map, not a blank frame: the basemap's many colours, and the markers (Kabul was closed in
    // 1985, Tokyo and London open), drawn onto it.
    expect(seen.map.colours).toBeGreaterThan(200);
    expect(seen.map.markerRed).toBeGreaterThan(20);
    expect(seen.map.markerGreen).toBeGreaterThan(20);
    // The footer's text.
    expect(seen.footer.ink).toBeGreaterThan(500);
    // The view is as it was.
    await expect(page.locator('#mission-heading')).toBeVisible();
  });
}

for (const [locale, cite, download] of [
  ['en', 'Cite', 'Download'],
  ['fa-AF', 'استناد', 'دانلود'],
] as const) {
  test(`axe finds nothing in the Cite and Download dialogs (${locale})`, async ({ page }) => {
    await page.goto(`/?lang=${locale}&event=2025-taliban-delegation-tokyo`);
    for (const name of [cite, download]) {
      await page.getByRole('button', { name, exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
    }
  });
}
