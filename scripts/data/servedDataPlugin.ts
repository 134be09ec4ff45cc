import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { servedJson } from './servedJson.ts';

/**
 * The built copy of each data file (paths under public/, as served) is rewritten by servedJson.
 * public/ keeps the readable file that people edit and `npm run data:check` validates.
 */
export function servedData(files: readonly string[]): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'atlas-served-data',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle() {
      if (!config?.build.copyPublicDir) return;
      const outDir = resolve(config.root, config.build.outDir);
      for (const file of files) {
        const path = resolve(outDir, file);
        writeFileSync(path, servedJson(JSON.parse(readFileSync(path, 'utf8'))));
      }
    },
  };
}
