/**
 * `npm run bench`: builds the app and the floor page, serves both on loopback, and measures them
 * in headless Chromium, alternating app and floor. Prints a table and one JSON line, writes both to
 * bench/.out/ and the table, with date, commit and machine, to docs/bench-results.md (kept in git),
 * and exits non-zero when a budget is broken.
 *
 *   --scale N       also measure a synthetic data set with N times the events (default 100; 0 skips)
 *   BENCH_RUNS      cold loads and slider sweeps per page (default 5, at least 5); the scaled
 *                   data's data ready pairs 2 × BENCH_RUNS + 1 loads of each data set
 *   BENCH_LH_RUNS   Lighthouse runs per page and preset (default 3; the median is used)
 *   CHROMIUM_PATH   the browser (default /usr/bin/chromium)
 *
 * Two browser set-ups, both drawing WebGL in SwiftShader (this machine has no GPU); see browser.ts.
 * Loads, memory and Lighthouse use Chromium's defaults here (software compositing). The budgeted
 * slider sweep uses the GPU compositing path, where the main thread does not read every WebGL
 * frame back; each set-up's numbers for the other measurement are reported without a budget.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_PATH, QUIET_FLAGS } from '../playwright.config.ts';
import { compositingMode, GPU_COMPOSITING_FLAGS } from './browser.ts';
import { bundleBytes } from './bytes.ts';
import { lighthouse, type LighthouseScores, type Preset } from './lighthouse.ts';
import {
  measureFloorRedraw,
  measureLanguageSwitch,
  measureLoad,
  newBenchContext,
  openPage,
  measureMemory,
  sweepSlider,
  type LoadTimings,
  type SweepResult,
} from './measure.ts';
import { buildScaledCopy, SCALE_MISSIONS } from './scale.ts';
import { LABELS_DRAWN_MARK } from '../src/map/marks.ts';
import { serveBuilds } from './server.ts';
import { measureEngines, type EngineIdle } from './engines.ts';
import { formatTable, median, round, type Row } from './stats.ts';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
/**
 * Pairs of loads (scaled data, real data) for the scaled data's data-ready ratio. The pairs' ratios
 * spread widely, and the median of five moved across the budget from one run to the next
 * (docs/performance.md, "Data ready"): more pairs, for a median that varies less.
 */
const SCALED_PAIRS = 2 * RUNS + 1;
const LH_RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 3));
/** Cold loads per page in Firefox and in WebKit, each in a browser just started. */
const ENGINE_RUNS = Math.max(1, Number(process.env.BENCH_ENGINE_RUNS ?? 3));
const SWEEP_STEPS = 118;
const NAVIGATIONS = 200;
const BUDGET = {
  upFrontJsKb: 100,
  /** Median of the paired app/floor ratios; 0.8 is the stretch goal, reported. */
  mapIdleRatio: 1.0,
  mapIdleStretch: 0.8,
  longTaskMs: 50,
  /** The page's own script, style and layout per slider step, default set-up. */
  appMsPerStep: 8,
  heapGrowthMb: 5,
  accessibility: 100,
  performance: { desktop: 90, mobile: 75 },
  /** At scale: data ready within this many times the real data's. */
  scaledDataReadyRatio: 1.5,
};
const scaleArg = process.argv.indexOf('--scale');
const SCALE = scaleArg >= 0 ? Number(process.argv[scaleArg + 1]) : 100;
if (!Number.isInteger(SCALE) || SCALE < 0) throw new Error('--scale takes a whole number');

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const floorDist = resolve(root, 'bench/.out/floor');
const scaledDist = resolve(root, 'bench/.out/scaled');
const RESULTS_FILE = resolve(root, 'docs/bench-results.md');
/** The commit measured, marked when the work tree differs from it. */
function commitOf(): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
/** Read as the run starts, before the build: the commit whose code is measured. */
const COMMIT = commitOf();
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const GPU_PATH_FLAGS = [...QUIET_FLAGS, ...GPU_COMPOSITING_FLAGS];

async function buildBoth() {
  log('building the app and the floor page');
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  await build({ configFile: resolve(root, 'bench/floor/vite.config.ts'), logLevel: 'warn' });
}

type Scores = Record<`${'app' | 'floor'}-${Preset}`, LighthouseScores[]>;

async function main() {
  await buildBoth();
  const bytes = bundleBytes(dist);
  const server = await serveBuilds(dist, floorDist);
  const appUrl = `${server.origin}/`;
  const floorUrl = `${server.origin}/floor/`;
  try {
    // Chromium as it runs here by default (software compositing): loads, memory, and the sweep
    // without a budget.
    const standard = await withBrowser(QUIET_FLAGS, async (browser) => {
      const compositing = await compositingMode(browser);
      const loads = await measureLoads(browser, appUrl, floorUrl);
      const sweeps = await measureSweeps(browser, appUrl, floorUrl, compositing);
      const memoryContext = await newBenchContext(browser);
      const memory = await measureMemory(await openPage(memoryContext, appUrl), NAVIGATIONS);
      await memoryContext.close();
      log(
        `memory: ${round(memory.baselineMb, 2)} → ${round(memory.afterMb, 2)} MB after ${memory.navigations} navigations`,
      );
      return { compositing, loads, sweeps, memory, version: browser.version() };
    });
    // The GPU compositing path, SwiftShader standing in for the GPU: the budgeted sweep.
    const gpu = await withBrowser(GPU_PATH_FLAGS, async (browser) => {
      const compositing = await compositingMode(browser);
      return { compositing, sweeps: await measureSweeps(browser, appUrl, floorUrl, compositing) };
    });
    const scaled = SCALE > 0 ? await measureScaled(appUrl) : null;
    const engines = await measureEngines(appUrl, floorUrl, ENGINE_RUNS, log);
    const scores = await lighthouseRuns(appUrl, floorUrl, QUIET_FLAGS, 'default');
    const gpuScores = await lighthouseRuns(appUrl, floorUrl, GPU_PATH_FLAGS, 'GPU compositing');
    report({
      bytes,
      ...standard.loads,
      sweeps: gpu.sweeps,
      software: standard.sweeps,
      memory: standard.memory,
      scores,
      gpuScores,
      scaled,
      engines,
      chromiumVersion: standard.version,
      compositing: { standard: standard.compositing, gpu: gpu.compositing },
    });
  } finally {
    await server.close();
  }
}

/**
 * The app with SCALE × the events: loads and memory by default, the sweep on the GPU path. The
 * scaled loads alternate with loads of the real data in the same browser, as the app's alternate
 * with the floor's: each ratio pairs two loads a few seconds apart, so a machine that slows down
 * or speeds up during the run moves both.
 */
async function measureScaled(realUrl: string): Promise<Scaled> {
  const { events } = buildScaledCopy(dist, scaledDist, SCALE);
  log(`scale ${SCALE}: ${events} events, ${SCALE_MISSIONS} missions`);
  const server = await serveBuilds(scaledDist, floorDist);
  const url = `${server.origin}/`;
  try {
    const standard = await withBrowser(QUIET_FLAGS, async (browser) => {
      const loads: LoadTimings[] = [];
      const realLoads: LoadTimings[] = [];
      for (let i = 0; i < SCALED_PAIRS; i++) {
        const order = i % 2 === 0 ? ['real', 'scaled'] : ['scaled', 'real'];
        for (const which of order) {
          if (which === 'real') realLoads.push(await measureLoad(browser, realUrl, 'app:map-idle'));
          else loads.push(await measureLoad(browser, url, 'app:map-idle'));
        }
        log(
          `scale ${SCALE} load ${i + 1}/${SCALED_PAIRS}: data ready ${round(loads.at(-1)?.dataReady ?? NaN, 0)} ms ` +
            `(real data ${round(realLoads.at(-1)?.dataReady ?? NaN, 0)} ms), map idle ${round(loads.at(-1)?.mapIdle ?? NaN, 0)} ms`,
        );
      }
      const context = await newBenchContext(browser);
      const memory = await measureMemory(await openPage(context, url), NAVIGATIONS);
      await context.close();
      log(`scale ${SCALE} memory: +${round(memory.growthMb, 2)} MB`);
      return { loads, realLoads, memory };
    });
    const sweeps = await withBrowser(GPU_PATH_FLAGS, async (browser) => {
      const results: SweepResult[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await newBenchContext(browser);
        results.push(await sweepSlider(await openPage(context, url), SWEEP_STEPS));
        await context.close();
        log(
          `scale ${SCALE} sweep ${i + 1}/${RUNS}: ${round(results.at(-1)?.msPerStep ?? NaN)} ms/step, longest task ${round(results.at(-1)?.longestTaskMs ?? NaN)} ms, map caught up ${round(results.at(-1)?.mapCaughtUpMs ?? NaN, 0)} ms after the last step`,
        );
      }
      return results;
    });
    return { events, ...standard, sweeps };
  } finally {
    await server.close();
  }
}

interface Scaled {
  events: number;
  loads: LoadTimings[];
  /** The real data's loads, alternating with `loads`: the i-th of each pair up. */
  realLoads: LoadTimings[];
  memory: Awaited<ReturnType<typeof measureMemory>>;
  sweeps: SweepResult[];
}

async function withBrowser<T>(
  flags: string[],
  measure: (browser: Browser) => Promise<T>,
): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: flags });
  try {
    return await measure(browser);
  } finally {
    await browser.close();
  }
}

/** RUNS cold loads of each page, alternating which goes first. */
async function measureLoads(browser: Browser, appUrl: string, floorUrl: string) {
  const app: LoadTimings[] = [];
  const floor: LoadTimings[] = [];
  // The same page in Japanese and in Dari: another catalog and the data's translation to load,
  // Arabic-script labels to shape. Reported beside the English, not budgeted.
  const languages: Record<'ja' | 'fa-AF', LoadTimings[]> = { ja: [], 'fa-AF': [] };
  /** From choosing Japanese to the map's labels in Japanese, in a page already idle in English. */
  const languageSwitch: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
    for (const which of order) {
      if (which === 'app') app.push(await measureLoad(browser, appUrl, 'app:map-idle'));
      else floor.push(await measureLoad(browser, floorUrl, 'floor:map-idle'));
    }
    for (const lang of ['ja', 'fa-AF'] as const) {
      languages[lang].push(await measureLoad(browser, `${appUrl}?lang=${lang}`, 'app:map-idle'));
    }
    languageSwitch.push(await measureLanguageSwitch(browser, appUrl, LABELS_DRAWN_MARK));
    log(
      `cold load ${i + 1}/${RUNS}: app idle ${round(app.at(-1)?.mapIdle ?? NaN, 0)} ms ` +
        `(ja ${round(languages.ja.at(-1)?.mapIdle ?? NaN, 0)}, fa-AF ${round(languages['fa-AF'].at(-1)?.mapIdle ?? NaN, 0)}), ` +
        `floor idle ${round(floor.at(-1)?.mapIdle ?? NaN, 0)} ms; ` +
        `English → Japanese labels ${round(languageSwitch.at(-1) ?? NaN, 0)} ms`,
    );
  }
  return { app, floor, languages, languageSwitch };
}

/** LH_RUNS Lighthouse runs per page and preset, alternating which page goes first. */
async function lighthouseRuns(
  appUrl: string,
  floorUrl: string,
  flags: readonly string[],
  label: string,
): Promise<Scores> {
  const scores: Scores = {
    'app-desktop': [],
    'floor-desktop': [],
    'app-mobile': [],
    'floor-mobile': [],
  };
  for (let i = 0; i < LH_RUNS; i++) {
    for (const preset of ['desktop', 'mobile'] as const) {
      const order = i % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const);
      for (const which of order) {
        const url = which === 'app' ? appUrl : floorUrl;
        const result = await lighthouse(url, preset, CHROMIUM_PATH, flags);
        scores[`${which}-${preset}`].push(result);
        log(
          `lighthouse (${label}) ${i + 1}/${LH_RUNS} ${which} ${preset}: ${JSON.stringify(result)}`,
        );
      }
    }
  }
  return scores;
}

interface Sweeps {
  sweeps: SweepResult[];
  floorFrames: number[];
}

/** RUNS slider sweeps of the app, each in a fresh context, and RUNS single redraws of the floor. */
async function measureSweeps(
  browser: Browser,
  appUrl: string,
  floorUrl: string,
  label: string,
): Promise<Sweeps> {
  const sweeps: SweepResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await newBenchContext(browser);
    const page = await openPage(context, appUrl);
    sweeps.push(await sweepSlider(page, SWEEP_STEPS));
    log(
      `sweep ${i + 1}/${RUNS} (${label} compositing): ${round(sweeps.at(-1)?.msPerStep ?? NaN)} ms/step, longest task ${round(sweeps.at(-1)?.longestTaskMs ?? NaN)} ms, map caught up ${round(sweeps.at(-1)?.mapCaughtUpMs ?? NaN, 0)} ms after the last step`,
    );
    await context.close();
  }
  const floorFrames: number[] = [];
  for (let i = 0; i < RUNS; i++) floorFrames.push(await measureFloorRedraw(browser, floorUrl));
  log(
    `floor redraw (${label} compositing): longest tasks ${floorFrames.map((d) => round(d, 0)).join(', ')} ms`,
  );
  return { sweeps, floorFrames };
}

interface Results {
  bytes: ReturnType<typeof bundleBytes>;
  app: LoadTimings[];
  floor: LoadTimings[];
  /** Cold loads of the page in Japanese and in Dari. */
  languages: Record<'ja' | 'fa-AF', LoadTimings[]>;
  /** From choosing Japanese to the map's labels in Japanese, ms, one per run. */
  languageSwitch: number[];
  /** Sweeps on the GPU compositing path: budgeted. */
  sweeps: Sweeps;
  /** The same sweeps with Chromium's default software compositing here: reported, not budgeted. */
  software: Sweeps;
  memory: Awaited<ReturnType<typeof measureMemory>>;
  /** Lighthouse with Chromium's defaults: budgeted. */
  scores: Scores;
  /** Lighthouse on the GPU compositing path: reported, not budgeted. */
  gpuScores: Scores;
  /** The synthetic data set at SCALE × the events, or null with --scale 0. */
  scaled: Scaled | null;
  /** Firefox's and WebKit's first map idle (bench/engines.ts): reported, not budgeted. */
  engines: EngineIdle[];
  chromiumVersion: string;
  compositing: { standard: string; gpu: string };
}

function report({
  bytes,
  app,
  floor,
  languages,
  languageSwitch,
  sweeps: gpu,
  software,
  memory,
  scores,
  gpuScores,
  scaled,
  engines,
  chromiumVersion,
  compositing,
}: Results) {
  const { sweeps, floorFrames } = gpu;
  const kb = (n: number) => round(n / 1024, 1);
  const med = (list: LoadTimings[], key: keyof LoadTimings) => median(list.map((t) => t[key]));
  const lh = (key: keyof Scores, field: keyof LighthouseScores, from = scores) =>
    median(from[key].map((s) => s[field]));

  const appIdle = med(app, 'mapIdle');
  const floorIdle = med(floor, 'mapIdle');
  // Loads alternate app and floor: each app load is paired with the floor load of its round.
  const idleRatio = median(app.map((t, i) => t.mapIdle / (floor[i]?.mapIdle ?? NaN)));
  const dataFirstRuns = app.filter((t) => t.dataReady < t.mapChunkLoaded).length;
  const longestTask = Math.max(...sweeps.map((s) => s.longestTaskMs));
  const longTasks = sweeps.reduce((n, s) => n + s.longTasks, 0);
  const resets = sweeps.reduce((n, s) => n + s.sourceResets, 0);
  const sweepsReachedEnd = sweeps.every((s) => s.finalYear === s.expectedFinalYear);

  const ms = (n: number) => `${round(n, 0)} ms`;
  /** The floor's longest task from the Long Tasks API, which only sees tasks over 50 ms. */
  const floorTask = (frames: number[]) =>
    median(frames) > 0 ? ms(median(frames)) : 'none over 50 ms';
  const rows: Row[] = [
    {
      metric: 'Chromium compositing (chrome://gpu): default here; for the budgeted sweep',
      app: `${compositing.standard}; ${compositing.gpu}`,
      floor: '',
      ratio: '',
      budget: 'sweep on the GPU path',
      ok: compositing.gpu.startsWith('Hardware accelerated'),
    },
    {
      metric: 'Up-front JS (gzip)',
      app: `${kb(bytes.upFrontJs)} KB`,
      floor: '',
      ratio: '',
      budget: `≤ ${BUDGET.upFrontJsKb} KB, map lazy`,
      ok: bytes.upFrontJs <= BUDGET.upFrontJsKb * 1024 && bytes.mapIsLazy,
    },
    {
      metric: 'Up-front CSS (gzip)',
      app: `${kb(bytes.upFrontCss)} KB`,
      floor: '',
      ratio: '',
      budget: '',
      ok: null,
    },
    {
      metric: 'Lazy map chunk JS + CSS (gzip)',
      app: `${kb(bytes.mapChunkJs)} + ${kb(bytes.mapChunkCss)} KB`,
      floor: '',
      ratio: '',
      budget: '',
      ok: null,
    },
    {
      metric: 'Map worker (gzip)',
      app: `${kb(bytes.mapWorker)} KB`,
      floor: '',
      ratio: '',
      budget: '',
      ok: null,
    },
    {
      metric: 'First contentful paint',
      app: ms(med(app, 'fcp')),
      floor: ms(med(floor, 'fcp')),
      ratio: `${round(med(app, 'fcp') / med(floor, 'fcp'), 2)}`,
      budget: '',
      ok: null,
    },
    {
      metric: 'app:data-ready',
      app: ms(med(app, 'dataReady')),
      floor: '',
      ratio: '',
      budget: 'before the map chunk has loaded',
      ok: dataFirstRuns === app.length,
    },
    {
      metric: 'Map chunk loaded',
      app: ms(med(app, 'mapChunkLoaded')),
      floor: '',
      ratio: '',
      budget: '',
      ok: null,
    },
    {
      metric: 'app:map-idle (first idle)',
      app: ms(appIdle),
      floor: ms(floorIdle),
      ratio: `${round(idleRatio, 2)}`,
      budget: `≤ ${BUDGET.mapIdleRatio} × floor (median of paired ratios)`,
      ok: idleRatio <= BUDGET.mapIdleRatio,
    },
    {
      metric: 'app:map-idle, stretch goal',
      app: `${round(idleRatio, 2)} × floor`,
      floor: '',
      ratio: '',
      budget: `stretch: ≤ ${BUDGET.mapIdleStretch} × floor (reported)`,
      ok: null,
    },
    ...(['ja', 'fa-AF'] as const).map((lang) => {
      const idle = med(languages[lang], 'mapIdle');
      return {
        metric: `app:map-idle in ${lang} (no budget)`,
        app: ms(idle),
        floor: ms(floorIdle),
        ratio: `${round(idle / floorIdle, 2)}`,
        budget: '',
        ok: null,
      };
    }),
    {
      metric: 'Choosing Japanese → the map idle with Japanese labels (no budget)',
      app: ms(median(languageSwitch)),
      floor: '',
      ratio: '',
      budget: '',
      ok: null,
    },
    {
      metric: `Slider sweep (GPU compositing), ${SWEEP_STEPS} key steps: time per step`,
      app: `${round(median(sweeps.map((s) => s.msPerStep)), 1)} ms`,
      floor: '',
      ratio: '',
      budget: '',
      ok: null,
    },
    {
      metric: 'Sweep: longest main-thread task (worst run; floor: one redraw)',
      app: `${round(longestTask, 1)} ms`,
      floor: floorTask(floorFrames),
      ratio: '',
      budget: `≤ ${BUDGET.longTaskMs} ms`,
      ok: longestTask <= BUDGET.longTaskMs,
    },
    {
      metric: 'Sweep: the map had every route of the last year, after the last key (worst run)',
      app: ms(Math.max(...sweeps.map((s) => s.mapCaughtUpMs))),
      floor: '',
      ratio: '',
      budget: '',
      ok: null,
    },
    {
      metric: 'Sweep ended on the right year (all runs)',
      app: sweepsReachedEnd ? 'yes' : 'no',
      floor: '',
      ratio: '',
      budget: 'yes',
      ok: sweepsReachedEnd,
    },
    {
      metric: 'Sweep: tasks over 50 ms (all runs)',
      app: String(longTasks),
      floor: '',
      ratio: '',
      budget: '0',
      ok: longTasks === 0,
    },
    {
      metric: 'Sweep: map source re-sets (all runs)',
      app: String(resets),
      floor: '',
      ratio: '',
      budget: '0',
      ok: resets === 0,
    },
    {
      metric: 'Software compositing (no budget): sweep longest task, worst run; floor: one redraw',
      app: `${round(Math.max(...software.sweeps.map((s) => s.longestTaskMs)), 1)} ms`,
      floor: floorTask(software.floorFrames),
      ratio: '',
      budget: '',
      ok: null,
    },
    {
      metric: "Sweep, default set-up: the page's own script, style and layout per step (worst run)",
      app: `${round(Math.max(...software.sweeps.map((s) => s.appMsPerStep)), 2)} ms`,
      floor: '',
      ratio: '',
      budget: `≤ ${BUDGET.appMsPerStep} ms`,
      ok: software.sweeps.every((s) => s.appMsPerStep <= BUDGET.appMsPerStep),
    },
    {
      metric: 'Software compositing (no budget): sweep tasks over 50 ms (all runs)',
      app: String(software.sweeps.reduce((n, s) => n + s.longTasks, 0)),
      floor: '',
      ratio: '',
      budget: '',
      ok: null,
    },
    {
      metric: `JS heap after ${memory.navigations} navigations`,
      app: `${round(memory.baselineMb, 1)} → ${round(memory.afterMb, 1)} MB (${memory.growthMb >= 0 ? '+' : ''}${round(memory.growthMb, 2)})`,
      floor: '',
      ratio: '',
      budget: `growth ≤ ${BUDGET.heapGrowthMb} MB`,
      ok: memory.growthMb <= BUDGET.heapGrowthMb,
    },
  ];
  for (const preset of ['desktop', 'mobile'] as const) {
    const perfApp = lh(`app-${preset}`, 'performance');
    const perfFloor = lh(`floor-${preset}`, 'performance');
    rows.push({
      metric: `Lighthouse ${preset}: performance`,
      app: String(perfApp),
      floor: String(perfFloor),
      ratio: `${round(perfApp / perfFloor, 2)}`,
      budget: `≥ ${BUDGET.performance[preset]}`,
      ok: perfApp >= BUDGET.performance[preset],
    });
    /** A Lighthouse score row; `required` is the score the app must have, if any. */
    const scoreRow = (label: string, field: keyof LighthouseScores, required?: number): Row => ({
      metric: `Lighthouse ${preset}: ${label}`,
      app: String(lh(`app-${preset}`, field)),
      floor: String(lh(`floor-${preset}`, field)),
      ratio: '',
      budget: required === undefined ? '' : String(required),
      ok: required === undefined ? null : lh(`app-${preset}`, field) === required,
    });
    rows.push(
      scoreRow('accessibility', 'accessibility', BUDGET.accessibility),
      scoreRow('best practices', 'bestPractices'),
      scoreRow('SEO', 'seo'),
    );
  }
  for (const preset of ['desktop', 'mobile'] as const) {
    const perfApp = lh(`app-${preset}`, 'performance', gpuScores);
    const perfFloor = lh(`floor-${preset}`, 'performance', gpuScores);
    rows.push({
      metric: `GPU compositing (no budget): Lighthouse ${preset} performance`,
      app: String(perfApp),
      floor: String(perfFloor),
      ratio: `${round(perfApp / perfFloor, 2)}`,
      budget: '',
      ok: null,
    });
  }

  if (scaled) {
    const dataReady = med(scaled.loads, 'dataReady');
    const realDataReady = med(scaled.realLoads, 'dataReady');
    const pairRatios = scaled.loads.map(
      (t, i) => t.dataReady / (scaled.realLoads[i]?.dataReady ?? NaN),
    );
    // A load without its data-ready mark breaks the budget rather than leaving the median.
    const measuredPairs = pairRatios.filter((r) => Number.isFinite(r)).length;
    const dataReadyRatio = median(pairRatios);
    const worst = Math.max(...scaled.sweeps.map((s) => s.longestTaskMs));
    const longTasks = scaled.sweeps.reduce((n, s) => n + s.longTasks, 0);
    rows.push(
      {
        metric: `${SCALE}× data (${scaled.events} events, ${SCALE_MISSIONS} missions): app:data-ready`,
        app: ms(dataReady),
        floor: `real data ${ms(realDataReady)}, loads alternating`,
        ratio: `${round(dataReadyRatio, 2)}`,
        budget: `≤ ${BUDGET.scaledDataReadyRatio} × the real data's (median of ${measuredPairs} paired ratios)`,
        ok: measuredPairs === pairRatios.length && dataReadyRatio <= BUDGET.scaledDataReadyRatio,
      },
      {
        metric: `${SCALE}× data: app:map-idle (no budget)`,
        app: ms(med(scaled.loads, 'mapIdle')),
        floor: ms(floorIdle),
        ratio: `${round(med(scaled.loads, 'mapIdle') / floorIdle, 2)}`,
        budget: '',
        ok: null,
      },
      {
        metric: `${SCALE}× data: sweep (GPU compositing) per step; longest task (worst run)`,
        app: `${round(median(scaled.sweeps.map((s) => s.msPerStep)), 1)} ms; ${round(worst, 1)} ms`,
        floor: '',
        ratio: '',
        budget: '',
        ok: null,
      },
      {
        metric: `${SCALE}× data: the map had every route of the last year, after the last key (worst run)`,
        app: ms(Math.max(...scaled.sweeps.map((s) => s.mapCaughtUpMs))),
        floor: '',
        ratio: '',
        budget: '',
        ok: null,
      },
      {
        metric: `${SCALE}× data: sweep tasks over 50 ms (GPU compositing, all runs)`,
        app: String(longTasks),
        floor: '',
        ratio: '',
        budget: '0',
        ok: longTasks === 0 && scaled.sweeps.every((s) => s.finalYear === s.expectedFinalYear),
      },
      {
        metric: `${SCALE}× data: JS heap after ${scaled.memory.navigations} navigations`,
        app: `${round(scaled.memory.baselineMb, 1)} → ${round(scaled.memory.afterMb, 1)} MB (${scaled.memory.growthMb >= 0 ? '+' : ''}${round(scaled.memory.growthMb, 2)})`,
        floor: '',
        ratio: '',
        budget: `growth ≤ ${BUDGET.heapGrowthMb} MB`,
        ok: scaled.memory.growthMb <= BUDGET.heapGrowthMb,
      },
    );
  }

  for (const engine of engines) {
    rows.push({
      metric: `${engine.version}: app:map-idle, cold, in Xvfb (no budget)`,
      app: ms(engine.app),
      floor: ms(engine.floor),
      ratio: `${round(engine.app / engine.floor, 2)}`,
      budget: '',
      ok: null,
    });
  }

  const machine = `${cpus().length} cores, ${round(totalmem() / 2 ** 30, 0)} GiB, Node ${process.versions.node}, Chromium ${chromiumVersion} headless, WebGL in SwiftShader (no GPU)`;
  const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const runsNote = `Medians of ${RUNS} cold loads and ${RUNS} sweeps per page (app and floor alternating), of ${SCALED_PAIRS} pairs of loads for the scaled data's data ready, Lighthouse medians of ${LH_RUNS}.`;
  const table = formatTable(rows);
  const failed = rows.filter((r) => r.ok === false).map((r) => r.metric);
  const json = {
    date: when,
    commit: COMMIT,
    machine,
    runs: RUNS,
    lighthouseRuns: LH_RUNS,
    bytes,
    app: {
      runs: app,
      median: {
        fcp: med(app, 'fcp'),
        dataReady: med(app, 'dataReady'),
        mapChunkLoaded: med(app, 'mapChunkLoaded'),
        mapIdle: appIdle,
      },
    },
    floor: { runs: floor, median: { fcp: med(floor, 'fcp'), mapIdle: floorIdle } },
    mapIdleRatio: idleRatio,
    languageSwitchMs: languageSwitch,
    sweeps,
    floorRedrawLongestTaskMs: floorFrames,
    compositing,
    softwareCompositing: {
      sweeps: software.sweeps,
      floorRedrawLongestTaskMs: software.floorFrames,
    },
    memory,
    scaled,
    engines,
    lighthouse: scores,
    lighthouseGpuCompositing: gpuScores,
    failedBudgets: failed,
  };
  const markdown = `Measured ${when} at commit \`${COMMIT}\` on ${machine}. ${runsNote}\n\n${table}\n`;
  mkdirSync(resolve(root, 'bench/.out'), { recursive: true });
  writeFileSync(resolve(root, 'bench/.out/last-run.md'), markdown);
  // The one results file the docs link to, kept in git like a lockfile: written, never typed.
  writeFileSync(
    RESULTS_FILE,
    `# Benchmark results\n\nWritten by \`npm run bench\` (bench/run.ts); do not edit by hand. ` +
      `The method and the budgets: [performance.md](performance.md).\n\n` +
      `${failed.length > 0 ? `**Budgets broken:** ${failed.join('; ')}.` : '**Every budget met.**'}\n\n${markdown}`,
  );
  writeFileSync(resolve(root, 'bench/.out/last-run.json'), `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`\n${markdown}\nBENCH_JSON ${JSON.stringify(json)}\n`);
  if (failed.length > 0) {
    process.stdout.write(`\nBudgets broken: ${failed.join('; ')}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write('\nAll budgets met.\n');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 2;
});
