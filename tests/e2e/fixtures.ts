import { test as base, expect, type ConsoleMessage } from '@playwright/test';

/**
 * Every end-to-end test fails on an uncaught page error, a console error, or a request to
 * another origin: the atlas must work with nothing but its own files.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error' && !isExpectedLoadError(message)) {
          problems.push(`console error: ${message.text()}`);
        }
      });
      page.on('request', (request) => {
        const url = request.url();
        if (
          !url.startsWith('data:') &&
          !url.startsWith('blob:') &&
          new URL(url).origin !== origin
        ) {
          problems.push(`request to another origin: ${url}`);
        }
      });
      await use(problems);
      expect(problems, 'page problems').toEqual([]);
    },
    { auto: true },
  ],
});

/** Chromium logs failed HTTP responses as console errors; the data-failure tests cause them on purpose. */
function isExpectedLoadError(message: ConsoleMessage): boolean {
  return /Failed to load resource: the server responded with a status of (404|500)/.test(
    message.text(),
  );
}

export { expect };
