import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { fetchRelations, fetchTranslation } from './load';
import { localize } from './translation';

import { DATA_URL, translationUrl } from './urls';
export { SLOW_DATA_MS } from './slowData';

/**
 * A language tag, as the page's i18n names it ('ja', 'fa-AF' …); the data layer knows only that
 * the data set is written in English and that any other language has a translation file.
 */
type Language = string;
const SOURCE_LANGUAGE: Language = 'en';

export { DATA_URL };

/** The data set is static: fetch once, never refetch on focus, keep it for the session. */
export const relationsQuery = queryOptions({
  queryKey: ['relations'],
  queryFn: ({ signal }) => fetchRelations(DATA_URL, fetch, signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

/** One language's translation of the data set's words, fetched when a reader needs it. */
export const translationQuery = (locale: Language) =>
  queryOptions({
    queryKey: ['translation', locale],
    queryFn: ({ signal }) => fetchTranslation(translationUrl(locale), fetch, signal),
    enabled: locale !== SOURCE_LANGUAGE,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

/**
 * The data set in the reader's language. While a translation is on its way the data is not yet
 * shown (no English flash for a reader of Japanese, Dari or Pashto); a translation that fails
 * leaves the English words, and `translationFailed` says so.
 */
export function useRelations(locale: Language) {
  const base = useQuery(relationsQuery);
  const translation = useQuery(translationQuery(locale));
  const waiting = locale !== SOURCE_LANGUAGE && translation.isPending;
  const data = useMemo(
    () =>
      base.data && translation.data && locale !== SOURCE_LANGUAGE
        ? localize(base.data, translation.data)
        : base.data,
    [base.data, translation.data, locale],
  );
  const current = waiting ? undefined : data;
  // When the data first arrives, the page built from it comes in a render of its own that React
  // can interrupt: a query's update renders at once, in one task; a deferred one yields to the
  // browser every few milliseconds, so the first panels do not hold the main thread while they
  // are built. Only its arrival is deferred: a change of language renders the new words and the
  // new data together, as before.
  const arrived = useDeferredValue(current !== undefined);
  return { base, data: arrived ? current : undefined, translationFailed: translation.isError };
}
