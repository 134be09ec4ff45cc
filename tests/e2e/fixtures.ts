import { test as base, expect, type ConsoleMessage } from '@playwright/test';

/**
 * Every end-to-end test fails on an uncaught page error, a console error or warning (MapLibre
 * reports a missing icon or a bad style value as a warning), a Content-Security-Policy violation,
 * or a request to another origin: the atlas must work with nothing but its own files, under its
 * own strict policy.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      await page.exposeFunction('__reportCspViolation', (report: string) =>
        problems.push(`CSP violation: ${report}`),
      );
      await page.addInitScript(reportCspViolations);
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error' && !isExpectedLoadError(message)) {
          problems.push(`console error: ${message.text()}`);
        }
        if (message.type() === 'warning' && !isBrowserGpuNote(message)) {
          problems.push(`console warning: ${message.text()}`);
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

/** Runs in the page (and every reload) before its own scripts. */
function reportCspViolations(): void {
  const report = (window as unknown as { __reportCspViolation: (r: string) => void })
    .__reportCspViolation;
  document.addEventListener('securitypolicyviolation', (event) => {
    void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
  });
}

/** Chromium logs failed HTTP responses as console errors; the data-failure tests cause them on purpose. */
function isExpectedLoadError(message: ConsoleMessage): boolean {
  return /Failed to load resource: the server responded with a status of (404|500)/.test(
    message.text(),
  );
}

/** Chromium's own notes about its software GL driver (e.g. "GPU stall due to ReadPixels"). */
function isBrowserGpuNote(message: ConsoleMessage): boolean {
  return (
    /GL Driver Message/.test(message.text()) ||
    // These tests block the service worker (playwright.config.ts); Playwright says so.
    /Service Worker registration blocked by Playwright/.test(message.text())
  );
}

/**
 * Takes out of the page's problems those a missing chunk is expected to cause: the browser's and
 * React's reports of the failed import naming `file`, and the error boundary's warning.
 */
export function acceptChunkFailure(problems: string[], file: string): void {
  const expected = (problem: string) =>
    problem.includes(file) ||
    /^console warning: part\.\w+ failed/.test(problem) ||
    /Failed to fetch dynamically imported module|Unable to preload CSS/.test(problem);
  problems.splice(0, problems.length, ...problems.filter((p) => !expected(p)));
}

export { expect };
