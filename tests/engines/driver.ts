/**
 * What the smoke suite needs of a browser, whatever protocol drives it: WebDriver BiDi for Firefox
 * (puppeteer-core), classic WebDriver for WebKit (selenium-webdriver and WebKitWebDriver).
 * Functions passed to `evaluate` run in the page and must not close over anything.
 */
export interface Driver {
  /** "Firefox 153.8.0esr", "WebKitGTK 2.50.6". */
  readonly version: string;
  goto(url: string): Promise<void>;
  evaluate<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<T>;
  /** A real click (pointer events at the element's centre). */
  click(selector: string): Promise<void>;
  /** Focuses the element and presses a key: 'Home', 'End', 'ArrowRight'. */
  press(selector: string, key: 'Home' | 'End' | 'ArrowRight'): Promise<void>;
  back(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Polls `fn` in the page until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitUntil<T>(
  driver: Driver,
  what: string,
  fn: (...args: never[]) => T | Promise<T>,
  args: unknown[] = [],
  timeoutMs = 20_000,
): Promise<T> {
  const start = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await driver.evaluate(fn, ...args);
      if (value) return value;
      last = value;
    } catch (error) {
      // A navigation in progress: ask again.
      last = error;
    }
    if (Date.now() - start > timeoutMs) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`,
      );
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
}
