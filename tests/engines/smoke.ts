import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import { waitUntil, type Driver } from './driver';

/** Where the suite leaves each engine's screenshots, for a person to look at. */
export const SHOTS = 'test-results/engines';
mkdirSync(SHOTS, { recursive: true });

/** The map's first idle, marked by the app (ms since navigation), or 0 before it. */
export function mapIdleAt(driver: Driver): Promise<number> {
  return driver.evaluate(() => performance.getEntriesByName('app:map-idle')[0]?.startTime ?? 0);
}

export async function waitForMapIdle(driver: Driver): Promise<number> {
  return waitUntil(driver, 'the map to go idle', () => {
    return performance.getEntriesByName('app:map-idle')[0]?.startTime ?? 0;
  });
}

export function text(driver: Driver, selector: string): Promise<string> {
  return driver.evaluate(
    (s: string) => document.querySelector(s)?.textContent?.trim() ?? '',
    selector,
  );
}

/** Clicks the button whose words are `words` once it is enabled (the page's own click). */
export async function clickButton(driver: Driver, words: string): Promise<void> {
  await waitUntil(
    driver,
    `the button "${words}"`,
    (w: string) => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === w && !b.disabled,
      );
      button?.click();
      return button !== undefined;
    },
    [words],
  );
}

export async function sliderValue(driver: Driver): Promise<string> {
  return driver.evaluate(
    () => document.querySelector<HTMLInputElement>('input[type="range"]')?.value ?? '',
  );
}

/** Whether the map drew with WebGL 2 (not the page the atlas shows without it). */
export function hasWebGl2(driver: Driver): Promise<boolean> {
  return driver.evaluate(
    () =>
      document.querySelector('.maplibregl-canvas') !== null &&
      document.createElement('canvas').getContext('webgl2') !== null,
  );
}

/**
 * Catches the files the page saves (the Download dialog's blobs) instead of saving them: the
 * engine's download prompt would otherwise wait for a person.
 */
export function catchDownloads(driver: Driver): Promise<void> {
  return driver.evaluate(() => {
    const seen: Blob[] = [];
    (window as unknown as { __saved: Blob[] }).__saved = seen;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) seen.push(blob);
      return create(blob);
    };
    document.addEventListener(
      'click',
      (event) => {
        if (event.target instanceof HTMLAnchorElement && event.target.download) {
          event.preventDefault();
        }
      },
      true,
    );
  });
}

/** The last saved PNG's size, read by the page itself: [width, height], or null if none. */
export function savedPngSize(driver: Driver): Promise<[number, number] | null> {
  return driver.evaluate(async () => {
    const saved = (window as unknown as { __saved?: Blob[] }).__saved ?? [];
    const png = saved.filter((blob) => blob.type === 'image/png').at(-1);
    if (!png) return null;
    const head = new Uint8Array(await png.slice(0, 8).arrayBuffer());
    if (head[1] !== 0x50 || head[2] !== 0x4e || head[3] !== 0x47) return null;
    const image = await createImageBitmap(png);
    return [image.width, image.height];
  });
}

export { expect };
