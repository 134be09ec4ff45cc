import { sortEvents } from '../../src/data/derive.ts';
import { relationsSchema } from '../../src/data/schema.ts';
import { servedJson } from './servedJson.ts';

/**
 * The data set as the build serves it: its events in chronology order (compareEvents), so that
 * the page's sort finds them in order and makes one pass; then written by servedJson. A file the
 * schema rejects (the page will say what is wrong) is written as it is.
 */
export function servedRelationsJson(value: unknown): string {
  const checked = relationsSchema.safeParse(value);
  if (!checked.success) return servedJson(value);
  return servedJson({ ...checked.data, events: sortEvents(checked.data.events) });
}
