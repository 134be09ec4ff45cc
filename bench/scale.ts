import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { servedRelationsJson } from '../scripts/data/servedRelations.ts';
import { syntheticRelations } from '../scripts/synthetic/synthetic.ts';
import { parseRelationsText } from '../src/data/validate.ts';

/** How many missions the scaled data set has (the real three and synthetic ones). */
export const SCALE_MISSIONS = 30;

/**
 * A copy of the built app whose data file is the synthetic data set at `scale` × the real events
 * (scripts/synthetic), for measuring the atlas with far more data than it has. English only: the
 * synthetic words have no translation.
 */
export function buildScaledCopy(dist: string, out: string, scale: number): { events: number } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(dist, out, { recursive: true });
  const real = parseRelationsText(readFileSync(resolve(dist, 'data/relations.json'), 'utf8'));
  const data = syntheticRelations(real, { scale, missions: SCALE_MISSIONS });
  // Written as the build writes the real data file.
  writeFileSync(resolve(out, 'data/relations.json'), servedRelationsJson(data));
  return { events: data.events.length };
}
