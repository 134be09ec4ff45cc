import type { Browser, BrowserContext, Page } from '@playwright/test';
import { YEAR_SENT_MARK } from '../src/map/marks.ts';

const VIEWPORT = { width: 1280, height: 800 };
const IDLE_TIMEOUT = 60_000;

/**
 * A fresh context (empty cache). tsx compiles this file with esbuild's keepNames, which wraps
 * named functions in `__name(...)`; functions sent to the page need that helper there too.
 */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context;
}

/** A new page at `url`, once the page has set `idleMark` (its map's first idle). */
export async function openPage(
  context: BrowserContext,
  url: string,
  idleMark = 'app:map-idle',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, idleMark, {
    timeout: IDLE_TIMEOUT,
  });
  return page;
}

export interface LoadTimings {
  fcp: number;
  mapIdle: number;
  /** App only: when the data was validated and the panels rendered. */
  dataReady: number;
  /** App only: when the lazily loaded map chunk finished arriving. */
  mapChunkLoaded: number;
}

/** One cold load in a fresh browser context (empty cache): User Timing marks and paint timing. */
export async function measureLoad(
  browser: Browser,
  url: string,
  idleMark: string,
): Promise<LoadTimings> {
  const context = await newBenchContext(browser);
  try {
    const page = await openPage(context, url, idleMark);
    return await page.evaluate((mark) => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      const chunk = performance
        .getEntriesByType('resource')
        .find((e) => /\/assets\/MapView-[^/]+\.js$/.test(e.name)) as
        PerformanceResourceTiming | undefined;
      return {
        fcp: at('first-contentful-paint'),
        mapIdle: at(mark),
        dataReady: at('app:data-ready'),
        mapChunkLoaded: chunk?.responseEnd ?? Number.NaN,
      };
    }, idleMark);
  } finally {
    await context.close();
  }
}

export interface SweepResult {
  steps: number;
  msPerStep: number;
  /**
   * The page's own work per step from the trace: its key and input event handlers (React renders
   * the step inside them), the tasks they set off (React's deferred renders, timers), style
   * recalculation and layout, overlaps counted once. MapLibre's frames are not in it.
   */
  appMsPerStep: number;
  longestTaskMs: number;
  longTasks: number;
  /**
   * From the last key press to the moment the map had been sent every route of the last year (it
   * sends a frame's worth a frame: src/map/frameQueue.ts). The trace runs on to cover it.
   */
  mapCaughtUpMs: number;
  sourceResets: number;
  finalYear: string;
  expectedFinalYear: string;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { type?: string; url?: string } };
}

const APP_WORK = new Set(['EventDispatch', 'UpdateLayoutTree', 'Layout', 'FunctionCall']);
/**
 * Script from these files is the map's, not the page's (MapLibre's frames, its worker messages,
 * its timers); every other script counts, whatever task it runs in: the key handlers, React's
 * scheduled and deferred renders, scroll handlers, timers.
 */
const MAP_SCRIPT = /\/assets\/(MapView|mapWorker)-[^/]*\.js$/;
const STEP_EVENTS = new Set(['keydown', 'keyup', 'keypress', 'input', 'change']);

/**
 * From a Chrome trace of the page's renderer main thread: its top-level tasks, and the time spent
 * in key and input events, the page's own script, style and layout (the union of those spans), in
 * milliseconds.
 */
function rendererMainWork(trace: Buffer): { tasks: number[]; appMs: number } {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // Top-level tasks are "RunTask" in older Chrome traces, "ThreadControllerImpl::RunTask" in newer.
  const tasks = events.filter((e) => TASK_NAMES.has(e.name) && e.ph === 'X' && e.dur !== undefined);
  let best: TraceEvent | undefined;
  let bestTasks: number[] = [];
  for (const main of mains) {
    const durations = tasks
      .filter((t) => t.pid === main.pid && t.tid === main.tid)
      .map((t) => (t.dur ?? 0) / 1000);
    if (durations.length > bestTasks.length) {
      bestTasks = durations; // the busy renderer is the page's
      best = main;
    }
  }
  const onMain = events.filter(
    (e) => e.pid === best?.pid && e.tid === best.tid && e.ph === 'X' && e.dur !== undefined,
  );
  const spans = onMain
    .filter(
      (e) =>
        APP_WORK.has(e.name) &&
        (e.name !== 'EventDispatch' || STEP_EVENTS.has(e.args?.data?.type ?? '')) &&
        (e.name !== 'FunctionCall' || !MAP_SCRIPT.test(e.args?.data?.url ?? '')),
    )
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const)
    .sort((a, b) => a[0] - b[0]);
  let appUs = 0;
  let reach = -Infinity;
  for (const [start, end] of spans) {
    if (end <= reach) continue;
    appUs += end - Math.max(start, reach);
    reach = end;
  }
  return { tasks: bestTasks, appMs: appUs / 1000 };
}

/**
 * Moves the year slider through every year by keyboard, as fast as the browser takes key presses,
 * under a Chrome trace: time per step, the longest main-thread task, tasks over 50 ms, and how
 * many times a map source was re-set or the style changed (the map marks each).
 */
export async function sweepSlider(page: Page, steps: number): Promise<SweepResult> {
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press('Home');
  const startYear = Number(await slider.inputValue());
  await page.waitForTimeout(1000); // let the URL debounce and the map settle
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  await page.evaluate(() => {
    const w = window as unknown as { sweepStart?: number; lastStep: number; longTasks: number[] };
    delete w.sweepStart;
    addEventListener('keydown', () => {
      w.lastStep = performance.now();
      w.sweepStart ??= w.lastStep;
    });
    // The Long Tasks API's view, as a check on the trace.
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
  const timing = await page.evaluate(
    () =>
      new Promise<{ start: number; end: number }>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            done({
              start: (window as unknown as { sweepStart: number }).sweepStart,
              end: performance.now(),
            }),
          ),
        ),
      ),
  );
  // The map may still be catching up with the last steps: the trace covers that too. The mark
  // names its year: the one before may also have been marked after the last key (the map takes
  // the year a little behind the slider).
  const caughtUp = await page.waitForFunction(
    ({ mark, finalYear }) => {
      const last = (window as unknown as { lastStep: number }).lastStep;
      const sent = performance
        .getEntriesByName(mark)
        .find((e) => (e as PerformanceMark).detail === finalYear && e.startTime >= last);
      return sent ? { afterMs: sent.startTime - last } : false;
    },
    { mark: YEAR_SENT_MARK, finalYear: startYear + steps },
    { timeout: IDLE_TIMEOUT },
  );
  const { afterMs: mapCaughtUpMs } = (await caughtUp.jsonValue()) as { afterMs: number };
  await page.waitForTimeout(1000); // anything the sweep set off (URL replace, map idle) lands now
  const trace = await browser.stopTracing();
  const apiLongTasks = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  const { tasks: traceTasks, appMs } = rendererMainWork(trace);
  const tasks = [...traceTasks, ...apiLongTasks];
  const sourceResets = await page.evaluate(
    (start) =>
      ['map:source-content', 'map:style-data']
        .flatMap((name) => performance.getEntriesByName(name))
        .filter((e) => e.startTime >= start).length,
    timing.start,
  );
  return {
    steps,
    msPerStep: (timing.end - timing.start) / steps,
    appMsPerStep: appMs / steps,
    longestTaskMs: tasks.length > 0 ? Math.max(...tasks) : Number.NaN,
    longTasks: Math.max(traceTasks.filter((d) => d > 50).length, apiLongTasks.length),
    mapCaughtUpMs,
    sourceResets,
    finalYear: await slider.inputValue(),
    expectedFinalYear: String(startYear + steps),
  };
}

export interface MemoryResult {
  navigations: number;
  baselineMb: number;
  afterMb: number;
  growthMb: number;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** JS heap after the first idle, and after `navigations` of select, Back and Forward. */
export async function measureMemory(page: Page, navigations: number): Promise<MemoryResult> {
  await page.waitForTimeout(1000);
  const baselineMb = await heapMb(page);
  // Selections only: the missions in the overview and the events in the chronology's list (not
  // the search's kinds of event above that list, which filter rather than select).
  const targets = page
    .getByRole('region', { name: /^Missions (now|at the end of)/ })
    .getByRole('button')
    .or(page.getByRole('region', { name: 'Chronology' }).getByRole('list').getByRole('button'));
  if ((await targets.count()) === 0) throw new Error('nothing to select for the memory measure');
  const go = (direction: 'back' | 'forward') =>
    page.evaluate(
      (dir) =>
        new Promise<void>((done) => {
          addEventListener('popstate', () => done(), { once: true });
          if (dir === 'back') window.history.back();
          else window.history.forward();
        }),
      direction,
    );
  let done = 0;
  for (let i = 0; done < navigations; i++) {
    // Counted again each time: a long chronology is windowed, and which of its entries are on the
    // page (and how many) changes as a selection scrolls it.
    const count = await targets.count();
    await targets.nth(i % count).click();
    done += 1;
    if (done < navigations) {
      await go('back');
      done += 1;
    }
    if (done < navigations) {
      await go('forward');
      done += 1;
    }
  }
  await page.waitForTimeout(1000);
  const afterMb = await heapMb(page);
  return { navigations: done, baselineMb, afterMb, growthMb: afterMb - baselineMb };
}

/**
 * What one redraw of the bare floor map costs the main thread here: the floor's map is repainted
 * `frames` times, spaced out, and the Long Tasks API reports the longest. A reference for the
 * sweep's numbers, since with software WebGL each map frame blocks the main thread.
 */
export async function measureFloorRedraw(
  browser: Browser,
  url: string,
  frames = 10,
): Promise<number> {
  const context = await newBenchContext(browser);
  try {
    const page = await openPage(context, url, 'floor:map-idle');
    await page.waitForTimeout(1000);
    return await page.evaluate(async (count) => {
      const durations: number[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) durations.push(entry.duration);
      }).observe({ type: 'longtask' });
      const map = (window as unknown as { floorMap: { triggerRepaint(): void } }).floorMap;
      for (let i = 0; i < count; i++) {
        map.triggerRepaint();
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      return durations.length > 0 ? Math.max(...durations) : 0;
    }, frames);
  } finally {
    await context.close();
  }
}

/**
 * From choosing Japanese in the Language menu to the map idle with its labels in Japanese: the
 * first `mark` after the choice (the map's `map:labels-drawn`; before the map took a language
 * without being made again, its new map's `app:map-idle`). A fresh context each time, the page in
 * English and its map idle first; the catalog and the data's translation load within the time.
 */
export async function measureLanguageSwitch(
  browser: Browser,
  url: string,
  mark: string,
): Promise<number> {
  const context = await newBenchContext(browser);
  try {
    const page = await openPage(context, url);
    await page.evaluate(() =>
      document.addEventListener('change', () => performance.mark('bench:language-chosen'), {
        capture: true,
        once: true,
      }),
    );
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    const handle = await page.waitForFunction(
      (name) => {
        const chosen = performance.getEntriesByName('bench:language-chosen')[0]?.startTime;
        if (chosen === undefined) return null;
        const drawn = performance.getEntriesByName(name).find((entry) => entry.startTime > chosen);
        return drawn ? drawn.startTime - chosen : null;
      },
      mark,
      { timeout: IDLE_TIMEOUT },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}
