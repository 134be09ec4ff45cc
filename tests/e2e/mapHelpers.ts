import type { Page } from '@playwright/test';

/** The app marks the map's first `idle`; tests wait for it before looking at the map. */
export async function waitForMapIdle(page: Page) {
  await page.waitForFunction(
    () => performance.getEntriesByName('app:map-idle').length > 0,
    undefined,
    { timeout: 20_000 },
  );
}

export function mapCanvasPng(page: Page, path?: string): Promise<Buffer> {
  return page.locator('.maplibregl-canvas').screenshot(path ? { path } : {});
}

/** Draws PNGs into 2D canvases in the page: WebGL buffers cannot be read back directly. */
async function samplePngs(page: Page, pngs: Buffer[]): Promise<number[][]> {
  return page.evaluate(
    async (images) => {
      return Promise.all(
        images.map(async (base64) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const ctx = canvas.getContext('2d');
          if (!ctx) return [];
          ctx.drawImage(image, 0, 0);
          const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
          const samples: number[] = [];
          const stepX = Math.max(1, Math.floor(canvas.width / 80));
          const stepY = Math.max(1, Math.floor(canvas.height / 80));
          for (let x = 1; x < canvas.width; x += stepX) {
            for (let y = 1; y < canvas.height; y += stepY) {
              const i = (y * canvas.width + x) * 4;
              samples.push(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
            }
          }
          return samples;
        }),
      );
    },
    pngs.map((png) => png.toString('base64')),
  );
}

/** How many of the map canvas's pixels are within `tolerance` (per channel) of `rgb`. */
export async function pixelsOfColour(
  page: Page,
  rgb: [number, number, number],
  tolerance = 24,
): Promise<number> {
  const png = (await mapCanvasPng(page)).toString('base64');
  return page.evaluate(
    async ({ base64, rgb: [r, g, b], tolerance: t }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return -1;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const near = (value: number | undefined, want: number) =>
          Math.abs((value ?? 0) - want) <= t;
        if (near(data[i], r) && near(data[i + 1], g) && near(data[i + 2], b)) count += 1;
      }
      return count;
    },
    { base64: png, rgb, tolerance },
  );
}

/** How many distinct colours a grid over the map canvas shows: a blank or failed map shows one or two. */
export async function canvasColours(page: Page): Promise<number> {
  const [samples = []] = await samplePngs(page, [
    await mapCanvasPng(page, 'test-results/screenshots/canvas.png'),
  ]);
  return new Set(samples).size;
}

/** The share (0–1) of grid points whose colour differs between two map screenshots. */
export async function canvasDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const [first = [], second = []] = await samplePngs(page, [a, b]);
  const differing = first.filter((colour, i) => colour !== second[i]).length;
  return first.length === 0 ? 1 : differing / first.length;
}

/**
 * A point just east of the Kabul marker, where every Kabul–Tokyo visit's line still runs close to
 * the others: a click there offers several visits to choose from.
 */
export async function whereKabulRoutesMeet(page: Page): Promise<{ x: number; y: number }> {
  const kabul = await page
    .getByRole('button', { name: /^Embassy of Japan in Kabul — / })
    .boundingBox();
  if (!kabul) throw new Error('no Kabul marker');
  return { x: kabul.x + kabul.width / 2 + 26, y: kabul.y + kabul.height / 2 - 3 };
}

/** "Ayub Khan visits Japan, 16 February 1907 (Lahore → Tokyo)" → "Ayub Khan visits Japan". */
export function titleOfRouteLabel(label: string): string {
  return label.slice(0, label.lastIndexOf(',', label.indexOf(' (')));
}
