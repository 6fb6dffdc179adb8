import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const trendingSchema = () => import('../../../contract/api').then((m) => m.trendingSchema);

export const trendingQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: queryKeys.trending(),
    queryFn: ({ signal }) => api.getJson('/api/trending', trendingSchema, signal),
  });
