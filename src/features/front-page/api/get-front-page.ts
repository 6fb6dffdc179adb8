import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const frontPageSchema = () => import('../../../contract/api').then((m) => m.frontPageSchema);

export const frontPageQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: queryKeys.front(),
    queryFn: ({ signal }) => api.getJson('/api/front', frontPageSchema, signal),
  });
