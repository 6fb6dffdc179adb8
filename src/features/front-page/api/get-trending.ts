import { queryOptions } from '@tanstack/react-query';
import { trendingSchema } from '../../../contract/api';
import { getJson } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const trendingQuery = () =>
  queryOptions({
    queryKey: queryKeys.trending(),
    queryFn: ({ signal }) => getJson('/api/trending', trendingSchema, signal),
  });
