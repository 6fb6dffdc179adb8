import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const trendingSchema = () => import('../../../contract/api').then((m) => m.trendingSchema);

/** Beside an article (`article`), trending leaves out that article and its related ones. */
export const trendingQuery = (api: ApiClient, article?: string) =>
  queryOptions({
    queryKey: queryKeys.trending(article ? { article } : {}),
    queryFn: ({ signal }) =>
      api.getJson(`/api/trending${article ? `?article=${encodeURIComponent(article)}` : ''}`, trendingSchema, signal),
  });
