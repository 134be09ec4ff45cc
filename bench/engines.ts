import { ensureDisplay } from '../tests/engines/display.ts';
import type { Driver } from '../tests/engines/driver.ts';
import { waitUntil } from '../tests/engines/driver.ts';
import { launchFirefox } from '../tests/engines/firefox.ts';
import { launchWebKit } from '../tests/engines/webkit.ts';
import { median } from './stats.ts';

export interface EngineIdle {
  engine: string;
  version: string;
  /** Medians of cold loads: each in a browser just started, app and floor alternating. */
  app: number;
  floor: number;
  runs: number;
}

const ENGINES: { engine: string; launch: () => Promise<Driver> }[] = [
  { engine: 'Firefox', launch: () => launchFirefox() },
  { engine: 'WebKit', launch: () => launchWebKit() },
];

/** One cold load: a new browser, the page, its map's first idle (ms after navigation). */
async function coldIdle(launch: () => Promise<Driver>, url: string, mark: string) {
  const driver = await launch();
  try {
    await driver.goto(url);
    const idle = await waitUntil(
      driver,
      mark,
      (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? 0,
      [mark],
      60_000,
    );
    return { idle, version: driver.version };
  } finally {
    await driver.close();
  }
}

/**
 * Each other engine's first map idle, the app's beside the floor page's, in the display the
 * engines draw WebGL in (Xvfb here, Mesa's software GL): reported, with no budget.
 */
export async function measureEngines(
  appUrl: string,
  floorUrl: string,
  runs: number,
  log: (message: string) => void,
): Promise<EngineIdle[]> {
  const stopDisplay = await ensureDisplay();
  try {
    const results: EngineIdle[] = [];
    for (const { engine, launch } of ENGINES) {
      const app: number[] = [];
      const floor: number[] = [];
      let version = engine;
      for (let run = 0; run < runs; run += 1) {
        const a = await coldIdle(launch, appUrl, 'app:map-idle');
        const f = await coldIdle(launch, floorUrl, 'floor:map-idle');
        version = a.version;
        app.push(a.idle);
        floor.push(f.idle);
        log(
          `${version} load ${run + 1}/${runs}: app ${Math.round(a.idle)} ms, floor ${Math.round(f.idle)} ms`,
        );
      }
      results.push({ engine, version, app: median(app), floor: median(floor), runs });
    }
    return results;
  } finally {
    stopDisplay();
  }
}
