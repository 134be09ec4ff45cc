import type * as z from 'zod/mini';
import { relationsSchema, type Relations } from './schema';
import { translationSchema, type Translation } from './translation';

/** Why the data set could not be used. Each kind gets its own message on the page. */
export type DataErrorKind = 'network' | 'missing' | 'server' | 'malformed' | 'invalid';

export class DataLoadError extends Error {
  readonly kind: DataErrorKind;
  readonly details: readonly string[];
  /** What the page's message for this kind needs: the URL, the HTTP status, the problem count. */
  readonly values: Readonly<Record<string, string | number>>;

  /** `message` is for logs and `data:check`; the page words each kind from its own catalog. */
  constructor(
    kind: DataErrorKind,
    message: string,
    details: readonly string[] = [],
    values: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'DataLoadError';
    this.kind = kind;
    this.details = details;
    this.values = values;
  }
}

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

/** Fetches a JSON file, with each way it can fail as its own DataLoadError. */
async function fetchJson(
  url: string,
  fetchImpl: typeof fetch,
  signal?: AbortSignal,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataLoadError('network', `${url} could not be reached (network error).`);
  }
  if (response.status === 404) {
    throw new DataLoadError('missing', `${url} is missing (404).`, [], { url });
  }
  if (!response.ok) {
    throw new DataLoadError('server', `${url}: HTTP ${response.status}.`, [], {
      status: response.status,
    });
  }
  try {
    return JSON.parse(await response.text());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataLoadError('malformed', `${url} is truncated or not valid JSON.`, [reason]);
  }
}

/** A translation of the data set's words, checked at the same kind of boundary as the data. */
export async function fetchTranslation(
  url: string,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<Translation> {
  const result = translationSchema.safeParse(await fetchJson(url, fetchImpl, signal));
  if (!result.success) {
    const details = describeIssues(result.error.issues);
    throw new DataLoadError('invalid', `${url} does not match the translation format.`, details, {
      count: details.length,
    });
  }
  return result.data;
}

export function parseRelationsText(text: string): Relations {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataLoadError('malformed', 'The data file is truncated or is not valid JSON.', [
      reason,
    ]);
  }
  return parseRelations(json);
}

export async function fetchRelations(
  url: string,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<Relations> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error; // cancelled by a Retry: not a failure to report
    throw new DataLoadError('network', 'The data file could not be reached (network error).');
  }
  if (response.status === 404) {
    throw new DataLoadError('missing', `The data file is missing (404 at ${url}).`, [], { url });
  }
  if (!response.ok) {
    throw new DataLoadError(
      'server',
      `The server failed to deliver the data file (HTTP ${response.status}).`,
      [],
      { status: response.status },
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new DataLoadError('malformed', 'The data file was cut off while loading.');
  }
  return parseRelationsText(text);
}
