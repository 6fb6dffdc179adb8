import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../lib/api-client';
import { useApi } from '../../lib/api-context';
import { queryKeys } from '../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const publicationSchema = () => import('../../contract/publication').then((m) => m.publicationSchema);

export const publicationQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: queryKeys.publication(),
    queryFn: ({ signal }) => api.getJson('/api/publication', publicationSchema, signal),
    staleTime: Infinity,
  });

export const usePublication = () => useSuspenseQuery(publicationQuery(useApi())).data;
