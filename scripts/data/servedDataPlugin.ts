import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { servedRelationsJson } from './servedRelations.ts';

/**
 * The built copy of the data set (its path under public/, as served) is rewritten by
 * servedRelationsJson. public/ keeps the readable file that people edit and `npm run data:check`
 * validates.
 */
export function servedData(file: string): Plugin {
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
      const path = resolve(outDir, file);
      writeFileSync(path, servedRelationsJson(JSON.parse(readFileSync(path, 'utf8'))));
    },
  };
}
