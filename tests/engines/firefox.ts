import puppeteer from 'puppeteer-core';
import type { Driver } from './driver';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Debian's Firefox ESR over WebDriver BiDi (puppeteer-core). Headed, in an X display
 * (display.ts): headless Firefox has no WebGL2 here, and the atlas would show its no-WebGL page;
 * in a display it draws with Mesa's software GL.
 */
export async function launchFirefox(viewport = { width: 1280, height: 800 }): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: false,
    args: [`--width=${viewport.width}`, `--height=${viewport.height + 120}`],
    extraPrefsFirefox: {
      // Nothing to other origins: no update, telemetry or captive-portal checks.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport(viewport);
  const version = (await browser.version()).replace('/', ' ');
  return {
    version,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, ...args) => page.evaluate(fn as (...a: unknown[]) => never, ...args),
    click: async (selector) => {
      await page.locator(selector).click();
    },
    press: async (selector, key) => {
      await page.focus(selector);
      await page.keyboard.press(key);
    },
    back: async () => {
      await page.goBack();
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => browser.close(),
  };
}
