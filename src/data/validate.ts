import type * as z from 'zod/mini';
import { DataLoadError } from './loadError';
import { relationsSchema, type Relations } from './schema';
import type { Translation } from './translation';
import { translationSchema } from './translationSchema';

/** The data set's boundary: JSON in, typed and cross-checked data out, or a DataLoadError. */
/** "missions.0.statuses.2.end: must equal the next interval’s start" */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** Validates already-parsed JSON; shared by the app and `npm run data:check`. */
export function parseRelations(json: unknown): Relations {
  const result = relationsSchema.safeParse(json);
  if (!result.success) {
    const details = describeIssues(result.error.issues);
    throw new DataLoadError(
      'invalid',
      `The data file does not match the expected format (${details.length} problem${details.length === 1 ? '' : 's'}).`,
      details,
      { count: details.length },
    );
  }
  return result.data;
}

/** `check`: parseRelations, or the page's faster check with the same verdict (pageChecks.ts). */
export function parseRelationsText(
  text: string,
  check: (json: unknown) => Relations = parseRelations,
): Relations {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataLoadError('malformed', 'The data file is truncated or is not valid JSON.', [
      reason,
    ]);
  }
  return check(json);
}

/** A translation file, checked against its schema. */
export function parseTranslation(json: unknown, url: string): Translation {
  const result = translationSchema.safeParse(json);
  if (!result.success) {
    const details = describeIssues(result.error.issues);
    throw new DataLoadError('invalid', `${url} does not match the translation format.`, details, {
      count: details.length,
    });
  }
  return result.data;
}
