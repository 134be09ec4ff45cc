import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchRelations } from './load';

export const DATA_URL = `${import.meta.env.BASE_URL}data/relations.json`;

/** The data set is static: fetch once, never refetch on focus, keep it for the session. */
export const relationsQuery = queryOptions({
  queryKey: ['relations'],
  queryFn: ({ signal }) => fetchRelations(DATA_URL, fetch, signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

export function useRelations() {
  return useQuery(relationsQuery);
}

/** After this long without data the loading notice turns into an alert with a Retry. */
export const SLOW_DATA_MS = 8000;
