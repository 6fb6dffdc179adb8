import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const articleDetailSchema = () => import('../../../contract/api').then((m) => m.articleDetailSchema);

export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: queryKeys.articles.detail(slug),
    queryFn: ({ signal }) => getJson(`/api/articles/${encodeURIComponent(slug)}`, articleDetailSchema, signal),
  });

export const useArticle = (slug: string) => useSuspenseQuery(articleQuery(slug)).data;
