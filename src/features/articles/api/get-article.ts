import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const articleDetailSchema = () => import('../../../contract/api').then((m) => m.articleDetailSchema);

export const articleQuery = (api: ApiClient, slug: string) =>
  queryOptions({
    queryKey: queryKeys.articles.detail(slug),
    queryFn: ({ signal }) => api.getJson(`/api/articles/${encodeURIComponent(slug)}`, articleDetailSchema, signal),
  });

export const useArticle = (slug: string) => useSuspenseQuery(articleQuery(useApi(), slug)).data;
