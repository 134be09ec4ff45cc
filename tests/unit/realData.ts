import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseRelationsText } from '../../src/data/validate';
import type { Relations } from '../../src/data/schema';

/** The shipped data set, read from disk (vitest runs from the project root). */
export function realDataText(): string {
  return readFileSync(resolve(process.cwd(), 'public/data/relations.json'), 'utf8');
}

/** …and validated exactly as the app validates it. */
export function loadRealData(): Relations {
  return parseRelationsText(realDataText());
}
