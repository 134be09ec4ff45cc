import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { waitForMapIdle } from './mapHelpers';

/** What the page held while it was being printed, recorded as printing ended. */
interface Printed {
  mapPicture: { width: number; colours: number } | null;
  footer: string;
}

/** Registered before the app's own listeners, so it runs first when printing ends. */
function recordPrint() {
  window.addEventListener('afterprint', () => {
    const canvas = document.querySelector<HTMLCanvasElement>('.map-print canvas');
    let mapPicture = null;
    if (canvas) {
      const ctx = canvas.getContext('2d');
      const data = ctx?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) {
        colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      }
      mapPicture = { width: canvas.width, colours: colours.size };
    }
    const printed: Printed = {
      mapPicture,
      footer: document.querySelector('.print-footer')?.textContent ?? '',
    };
    (window as unknown as { printed: Printed }).printed = printed;
  });
}

async function printView(page: Page, query: string, format: 'A4' | 'Letter' = 'A4') {
  await page.addInitScript(recordPrint);
  await page.goto(`/${query}`);
  await waitForMapIdle(page);
  const pdf = await page.pdf({ format, printBackground: true });
  const printed = await page.evaluate(() => (window as unknown as { printed: Printed }).printed);
  // What the print stylesheet shows, checked under print media.
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() =>
    [
      '.mission-panel',
      '.overview-panel',
      '.chronology-panel',
      '.year-slider',
      '.settings',
      '.maplibregl-ctrl-group',
      '.print-footer',
    ].filter((selector) => {
      const element = document.querySelector(selector);
      return element !== null && element.getBoundingClientRect().height > 0;
    }),
  );
  // The picture as laid out on paper: print media, and the app's own preparation for printing.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const picture = page.locator('.map-print canvas');
  await expect(picture).toHaveCount(1);
  const pictureOnPaper = (await picture.boundingBox())?.width ?? 0;
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  return { pdf, printed, shown, pictureOnPaper };
}

/** Pages in a PDF from Chromium: its page tree's count. */
function pageCount(pdf: Buffer): number {
  const match = /\/Type\s*\/Pages[^>]*\/Count\s+(\d+)/.exec(pdf.toString('latin1'));
  return Number(match?.[1] ?? NaN);
}

for (const lang of ['en', 'fa-AF'] as const) {
  test(`${lang}: a mission view prints on one A4 page: map picture, panel, link and date`, async ({
    page,
  }) => {
    const { pdf, printed, shown, pictureOnPaper } = await printView(
      page,
      `?lang=${lang}&year=1985&mission=kabul`,
    );
    expect(pageCount(pdf)).toBe(1);
    // The map as drawn: a picture of it, not blank, given room on the page.
    expect(printed.mapPicture?.width ?? 0).toBeGreaterThan(300);
    expect(pictureOnPaper).toBeGreaterThan(200);
    expect(printed.mapPicture?.colours ?? 0).toBeGreaterThan(20);
    // The selected panel, no controls, no chronology.
    expect(shown).toEqual(['.mission-panel', '.print-footer']);
    expect(printed.footer).toContain('year=1985');
    expect(printed.footer).toContain('mission=kabul');
    expect(printed.footer).toContain(lang === 'en' ? 'printed' : 'چاپ‌شده');
  });
}

test('on Letter paper too, the longest mission view fits one page', async ({ page }) => {
  const { pdf } = await printView(page, '?year=1985&mission=kabul', 'Letter');
  expect(pageCount(pdf)).toBe(1);
});

test('with nothing selected, the page prints the status overview', async ({ page }) => {
  const { pdf, shown } = await printView(page, '?year=2010');
  expect(pageCount(pdf)).toBe(1);
  expect(shown).toEqual(['.overview-panel', '.print-footer']);
});
