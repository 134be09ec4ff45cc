import { sortEvents } from '../../src/data/derive.ts';
import type { RelationsEvent } from '../../src/data/schema.ts';
import { servedJson } from './servedJson.ts';

/**
 * The data set as the build serves it: its events in chronology order (compareEvents), so that
 * the page's sort finds them in order and makes one pass; then written by servedJson. A file that
 * is not a data set (the page will say so) is written as it is.
 */
export function servedRelationsJson(value: unknown): string {
  if (!isRecord(value) || !Array.isArray(value.events) || !value.events.every(hasDate))
    return servedJson(value);
  return servedJson({ ...value, events: sortEvents(value.events as RelationsEvent[]) });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const hasDate = (event: unknown) =>
  isRecord(event) &&
  typeof event.id === 'string' &&
  isRecord(event.date) &&
  typeof event.date.date === 'string';
