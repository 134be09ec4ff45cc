import hasEventShape from 'virtual:event-check';
import {
  findReferenceIssues,
  isCited,
  relationsWithoutEventsSchema,
  type Relations,
  type RelationsEvent,
} from './schema';
import { parseRelations, parseRelationsText as parseText } from './validate';

export { parseTranslation } from './validate';

/** An event as `eventSchema` has it: the compiled check, then the same refinement. */
export function isEvent(value: unknown): value is RelationsEvent {
  return hasEventShape(value) && isCited(value as RelationsEvent);
}

/**
 * The data set's checks as the page runs them: the verdict of `parseRelations`, sooner with a
 * long record. The events, the part that grows, go through the check compiled from their schema,
 * and the rest through zod; a data set either rejects goes through zod whole, which says what is
 * wrong with it.
 */
export function parseRelationsOnPage(json: unknown): Relations {
  const checked = relationsWithoutEventsSchema.safeParse(json);
  if (checked.success) {
    const events: unknown[] = Array.isArray(checked.data.events) ? checked.data.events : [];
    if (events.length > 0 && events.every(isEvent)) {
      const data = { ...checked.data, events };
      if (findReferenceIssues(data).length === 0) return data;
    }
  }
  return parseRelations(json);
}

export const parseRelationsText = (text: string): Relations =>
  parseText(text, parseRelationsOnPage);
