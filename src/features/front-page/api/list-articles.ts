import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const articleListSchema = () => import('../../../contract/api').then((m) => m.articleListSchema);

export const PAGE_SIZE = 12;

export const articleListQuery = (api: ApiClient, section?: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.articles.list({ section }),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (section) params.set('section', section);
      if (pageParam) params.set('cursor', pageParam);
      return api.getJson(`/api/articles?${params}`, articleListSchema, signal);
    },
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
