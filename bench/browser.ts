import type { Browser } from '@playwright/test';

/**
 * Chromium flags for the GPU compositing path, with SwiftShader as the GPU, as a browser on a
 * machine with a graphics card composites. Everything is still drawn in software.
 *
 * Why the slider sweep is budgeted this way: with no GPU, Chromium composites in software, and
 * then every WebGL frame is read back synchronously on the page's main thread before it can be
 * shown. Traced, each map frame spends most of its time in
 * `Commit › GLES2::ReadPixels › CommandBufferHelper::Finish` (docs/performance.md), a browser cost that GPU compositing
 * (any machine with a graphics card) does not have. The bench still runs the sweep with software
 * compositing too and reports it.
 *
 * Why loads and Lighthouse are not: on this path the GPU process also rasterises every page in
 * SwiftShader on the same two cores, which delays the first frame far more than a real GPU would.
 * The bench runs Lighthouse on this path too and reports it.
 *
 * `--enable-unsafe-swiftshader` lets SwiftShader back WebGL for pages; "unsafe" is about untrusted
 * web content, and the bench only loads its own pages from loopback.
 */
export const GPU_COMPOSITING_FLAGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** Chromium's own "Compositing" line from chrome://gpu, e.g. "Hardware accelerated". */
export async function compositingMode(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto('chrome://gpu');
    const text = await page.waitForFunction(() => {
      const view = document.querySelector('info-view');
      const content = (view?.shadowRoot ?? document).textContent ?? '';
      return /Compositing:/.test(content) ? content : false;
    });
    const content = String(await text.jsonValue());
    return /Compositing:\s*([^*\n]+?)(?:\.|\s*\*|\n)/.exec(content)?.[1]?.trim() ?? 'unknown';
  } finally {
    await context.close();
  }
}
