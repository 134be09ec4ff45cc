import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

export type Preset = 'desktop' | 'mobile';
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** One Lighthouse run (its CLI, with the system Chromium), scores out of 100. */
export async function lighthouse(
  url: string,
  preset: Preset,
  chromePath: string,
  chromeFlags: readonly string[],
): Promise<LighthouseScores> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-lh-'));
  const output = join(dir, 'report.json');
  try {
    await run(
      process.execPath,
      [
        CLI,
        url,
        ...(preset === 'desktop' ? ['--preset=desktop'] : []),
        '--only-categories=performance,accessibility,best-practices,seo',
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        `--chrome-flags=${['--headless=new', ...chromeFlags].join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, timeout: 180_000 },
    );
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      categories: Record<string, { score: number | null }>;
    };
    const score = (id: string) => Math.round((report.categories[id]?.score ?? Number.NaN) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
