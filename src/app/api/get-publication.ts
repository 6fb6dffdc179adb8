import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { publicationSchema } from '../../contract/publication';
import { getJson } from '../../lib/api-client';
import { queryKeys } from '../../lib/query-keys';

export const publicationQuery = () =>
  queryOptions({
    queryKey: queryKeys.publication(),
    queryFn: ({ signal }) => getJson('/api/publication', publicationSchema, signal),
    staleTime: Infinity,
  });

export const usePublication = () => useSuspenseQuery(publicationQuery()).data;
