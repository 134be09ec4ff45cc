import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, By, Capabilities, Key } from 'selenium-webdriver';
import type { Driver } from './driver';

export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const KEYS = { Home: Key.HOME, End: Key.END, ArrowRight: Key.ARROW_RIGHT } as const;

function freePort(): Promise<number> {
  return new Promise((found, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? found(address.port) : fail()));
    });
  });
}

/**
 * WebKitGTK, Safari's engine, as Debian ships it: WebKitWebDriver drives its MiniBrowser over
 * classic WebDriver (selenium-webdriver), in an X display (display.ts).
 */
export async function launchWebKit(viewport = { width: 1280, height: 800 }): Promise<Driver> {
  const port = await freePort();
  const service = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
  });
  const stopService = () => service.kill();
  try {
    const capabilities = new Capabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
    });
    let driver;
    for (let attempt = 0; ; attempt += 1) {
      try {
        driver = await new Builder()
          .usingServer(`http://127.0.0.1:${port}`)
          .withCapabilities(capabilities)
          .build();
        break;
      } catch (error) {
        // The driver's port opens a moment after it starts.
        if (attempt >= 30) throw error;
        await new Promise((wait) => setTimeout(wait, 200));
      }
    }
    const session = driver;
    await session.manage().window().setRect({ width: viewport.width, height: viewport.height });
    const caps = await session.getCapabilities();
    const version = `WebKitGTK ${String(caps.get('browserVersion') ?? '')}`.trim();
    return {
      version,
      goto: (url) => session.get(url),
      evaluate: (fn, ...args) =>
        session.executeScript(`return (${fn.toString()}).apply(null, arguments);`, ...args),
      click: async (selector) => {
        await (await session.findElement(By.css(selector))).click();
      },
      press: async (selector, key) => {
        await (await session.findElement(By.css(selector))).sendKeys(KEYS[key]);
      },
      back: () => session.navigate().back(),
      screenshot: async (path) => {
        const { writeFile } = await import('node:fs/promises');
        await writeFile(path, await session.takeScreenshot(), 'base64');
      },
      close: async () => {
        await session.quit().catch(() => undefined);
        stopService();
      },
    };
  } catch (error) {
    stopService();
    throw error;
  }
}
