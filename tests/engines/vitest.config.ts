import { defineConfig } from 'vitest/config';

/**
 * The Firefox and WebKit smoke suite (tests/engines), apart from the unit tests: it drives real
 * browsers, one after the other, in an X display (display.ts starts Xvfb where there is none).
 */
export default defineConfig({
  test: {
    include: ['tests/engines/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
