import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureDisplay } from './display';
import type { Driver } from './driver';
import { waitUntil } from './driver';
import { launchFirefox } from './firefox';
import { atlasServer } from './server';
import {
  catchDownloads,
  clickButton,
  expect,
  hasWebGl2,
  savedPngSize,
  SHOTS,
  sliderValue,
  text,
  waitForMapIdle,
} from './smoke';
import { launchWebKit } from './webkit';

/**
 * The atlas in the two other engines, as Debian ships them: Firefox ESR (Gecko) and WebKitGTK
 * (WebKit, the engine of every browser on an iPhone). A smoke suite: what a reader does first,
 * in each. The whole suite (Playwright, Chromium) stays the reference; this keeps the others
 * working. Run by `npm run test:engines` (in `npm test`), in the session's X display or Xvfb.
 */
const ENGINES: { name: string; launch: () => Promise<Driver> }[] = [
  { name: 'firefox', launch: () => launchFirefox() },
  { name: 'webkit', launch: () => launchWebKit() },
];

const server = atlasServer(4178);
let stopDisplay: () => void = () => undefined;
beforeAll(async () => {
  stopDisplay = await ensureDisplay();
  await server.start();
});
afterAll(async () => {
  await server.stop();
  stopDisplay();
});

describe.each(ENGINES)('$name', ({ name, launch }) => {
  let driver: Driver;
  const url = (query: string) => `${server.origin}/${query}`;

  beforeAll(async () => {
    driver = await launch();
    console.log(`${name}: ${driver.version}`);
  });
  afterAll(() => driver?.close());

  it('loads, and the map goes idle with WebGL 2', async () => {
    await driver.goto(url('?year=1985'));
    const idle = await waitForMapIdle(driver);
    console.log(`${name}: first map idle ${Math.round(idle)} ms after navigation`);
    expect(await hasWebGl2(driver)).toBe(true);
    expect(
      await driver.evaluate(
        () => document.querySelectorAll('.mission-marker[data-mission]').length,
      ),
    ).toBe(3);
    await driver.screenshot(`${SHOTS}/${name}-1985.png`);
  });

  it('a marker opens its panel', async () => {
    await driver.click('.mission-marker[data-mission="tokyo"]');
    await waitUntil(driver, 'the Tokyo panel', () =>
      document.querySelector('#mission-heading')?.textContent?.includes('Tokyo'),
    );
    expect(await text(driver, '#mission-heading')).toBe('Embassy of Afghanistan in Tokyo');
    expect(await driver.evaluate(() => location.search)).toContain('mission=tokyo');
  });

  it('the slider moves by keyboard, and the URL follows', async () => {
    await driver.press('input[type="range"]', 'Home');
    await waitUntil(driver, 'the year 1907', () => location.search.includes('year=1907'));
    expect(await sliderValue(driver)).toBe('1907');
    await driver.press('input[type="range"]', 'ArrowRight');
    await waitUntil(driver, 'the year 1908', () => location.search.includes('year=1908'));
    expect(await sliderValue(driver)).toBe('1908');
  });

  it('a deep link opens its view, and Back returns to the one before', async () => {
    await driver.goto(url('?year=1985&mission=kabul'));
    await waitUntil(driver, 'the Kabul panel', () =>
      document.querySelector('#mission-heading')?.textContent?.includes('Kabul'),
    );
    expect(await sliderValue(driver)).toBe('1985');
    await waitForMapIdle(driver);
    await driver.click('.mission-marker[data-mission="london"]');
    await waitUntil(driver, 'the London panel', () => location.search.includes('mission=london'));
    await driver.back();
    await waitUntil(driver, 'Kabul again', () => location.search.includes('mission=kabul'));
    await waitUntil(driver, 'the Kabul panel again', () =>
      document.querySelector('#mission-heading')?.textContent?.includes('Kabul'),
    );
  });

  it('Japanese renders', async () => {
    await driver.goto(url('?lang=ja&year=1989'));
    await waitForMapIdle(driver);
    expect(await text(driver, 'h1')).toBe('アフガニスタン・日本関係アトラス');
    expect(await driver.evaluate(() => document.documentElement.lang)).toBe('ja');
    await driver.screenshot(`${SHOTS}/${name}-ja.png`);
  });

  it('Dari renders, right to left', async () => {
    await driver.goto(url('?lang=fa-AF&year=1989'));
    await waitForMapIdle(driver);
    expect(await text(driver, 'h1')).toBe('اطلس روابط افغانستان و جاپان');
    const layout = await driver.evaluate(() => {
      const title = document.querySelector('h1')?.getBoundingClientRect();
      const controls = document.querySelector('.settings')?.getBoundingClientRect();
      return {
        dir: document.documentElement.dir,
        direction: getComputedStyle(document.body).direction,
        // Right to left: the title starts at the right, the settings sit left of it.
        titleRight: Math.round(title?.right ?? 0),
        settingsRight: Math.round(controls?.right ?? 0),
        width: window.innerWidth,
      };
    });
    expect(layout.dir).toBe('rtl');
    expect(layout.direction).toBe('rtl');
    expect(layout.titleRight).toBeGreaterThan(layout.width - 40);
    expect(layout.settingsRight).toBeLessThan(layout.titleRight);
    await driver.screenshot(`${SHOTS}/${name}-fa-AF.png`);
  });

  it('the PNG export makes an image of the view', async () => {
    await driver.goto(url('?year=1985&mission=kabul'));
    await waitForMapIdle(driver);
    await catchDownloads(driver);
    await clickButton(driver, 'Download');
    await waitUntil(
      driver,
      'the Download dialog',
      () => document.querySelector('dialog[open]') !== null,
    );
    await clickButton(driver, 'PNG image of this view');
    const size = await waitUntil(
      driver,
      'a PNG',
      async () => {
        const saved = (window as unknown as { __saved?: Blob[] }).__saved ?? [];
        return saved.some((blob) => blob.type === 'image/png');
      },
      [],
      30_000,
    ).then(() => savedPngSize(driver));
    expect(size?.[0]).toBe(1600);
    expect(size?.[1] ?? 0).toBeGreaterThan(800);
  });

  it('a revisit works offline, where the engine has service workers', async () => {
    await driver.goto(url('?year=2002'));
    const workers = await driver.evaluate(() => 'serviceWorker' in navigator);
    if (!workers) {
      console.log(`${name}: no service workers here, offline revisit not tried`);
      return;
    }
    await waitUntil(
      driver,
      '"Available offline"',
      () => document.querySelector('.offline-status--ready') !== null,
      [],
      45_000,
    );
    await server.stop();
    // Really gone: nothing answers on the port.
    await expect(fetch(server.origin)).rejects.toThrow();
    try {
      await driver.goto(url('?year=2002&mission=kabul'));
      await waitUntil(driver, 'the Kabul panel, offline', () =>
        document.querySelector('#mission-heading')?.textContent?.includes('Kabul'),
      );
      await waitForMapIdle(driver);
      expect(await hasWebGl2(driver)).toBe(true);
    } finally {
      await server.start();
    }
  });
});
