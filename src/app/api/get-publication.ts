import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client';
import { queryKeys } from '../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const publicationSchema = () => import('../../contract/publication').then((m) => m.publicationSchema);

export const publicationQuery = () =>
  queryOptions({
    queryKey: queryKeys.publication(),
    queryFn: ({ signal }) => getJson('/api/publication', publicationSchema, signal),
    staleTime: Infinity,
  });

export const usePublication = () => useSuspenseQuery(publicationQuery()).data;
