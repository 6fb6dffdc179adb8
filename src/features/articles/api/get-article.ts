import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { articleDetailSchema } from '../../../contract/api';
import { getJson } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: queryKeys.articles.detail(slug),
    queryFn: ({ signal }) => getJson(`/api/articles/${encodeURIComponent(slug)}`, articleDetailSchema, signal),
  });

export const useArticle = (slug: string) => useSuspenseQuery(articleQuery(slug)).data;
