import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the production build (`vite build` + `vite preview`) in
 * Debian's Chromium: Playwright's own browser downloads are not available on these machines.
 */
const PORT = 4173;
/** `npm run serve:nginx`: Debian's nginx with the repo's configuration, over the same build. */
const NGINX_PORT = 4174;
/** What runs against nginx as well: what a host's configuration can break. */
const NGINX_SPECS = /(smoke|security|offline|nginx)\.spec\.ts$/;
/**
 * What runs against nginx only: the headers of the repo's configuration, and offline use and
 * updates, which run each on a server of the test's own over a copy of the build (its static
 * twin would test the same service worker again).
 */
const NGINX_ONLY = /(offline|nginx)\.spec\.ts$/;
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // One worker: on two cores a second one ran each test about twice as slowly, for about the
  // same total time, and pushed the heaviest tests past their timeouts (docs/testing.md).
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    // The service worker would answer requests that tests intercept (page.route); only the
    // offline tests (offline.spec.ts) let it run.
    serviceWorkers: 'block',
    launchOptions: { executablePath: CHROMIUM_PATH, args: QUIET_FLAGS },
    trace: 'off',
  },
  projects: [
    { name: 'preview', testIgnore: NGINX_ONLY },
    { name: 'nginx', testMatch: NGINX_SPECS, use: { baseURL: `http://127.0.0.1:${NGINX_PORT}` } },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx tsx scripts/nginx/serve.ts --port ${NGINX_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
