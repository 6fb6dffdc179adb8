import { infiniteQueryOptions } from '@tanstack/react-query';
import { articleListSchema } from '../../../contract/api';
import { getJson } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const PAGE_SIZE = 12;

export const articleListQuery = (section?: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.articles.list({ section }),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (section) params.set('section', section);
      if (pageParam) params.set('cursor', pageParam);
      return getJson(`/api/articles?${params}`, articleListSchema, signal);
    },
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
