import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchRelations } from './load';

export const DATA_URL = `${import.meta.env.BASE_URL}data/relations.json`;

/** The data set is static: fetch once, never refetch on focus, keep it for the session. */
export const relationsQuery = queryOptions({
  queryKey: ['relations'],
  queryFn: () => fetchRelations(DATA_URL),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

export function useRelations() {
  return useQuery(relationsQuery);
}
