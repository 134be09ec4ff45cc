import type { Relations } from './schema';
import type { Translation } from './translation';
import { DataLoadError } from './loadError';

/**
 * The checks (zod, the schemas and the events' compiled check) load on demand, alongside the data
 * file, not with the page: the first paint needs none of them.
 */
const validate = () =>
  import('./pageChecks').catch((reason: unknown) => {
    const detail = reason instanceof Error ? reason.message : String(reason);
    throw new DataLoadError('code', `The data checks' code could not be loaded: ${detail}`);
  });

/**
 * Starts downloading the checks at once (main.tsx calls it before the first render), so they are
 * in hand when the data file, preloaded by index.html, arrives.
 */
export function preloadChecks(): void {
  validate().catch(() => undefined); // a failure is reported where the checks are awaited
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

export async function fetchRelations(
  url: string,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<Relations> {
  // The checks download while the data does.
  const checks = validate();
  checks.catch(() => undefined); // awaited below; a failure there is reported there
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
  return (await checks).parseRelationsText(text);
}

/** A translation of the data set's words, checked at the same kind of boundary as the data. */
export async function fetchTranslation(
  url: string,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<Translation> {
  const [json, { parseTranslation }] = await Promise.all([
    fetchJson(url, fetchImpl, signal),
    validate(),
  ]);
  return parseTranslation(json, url);
}
