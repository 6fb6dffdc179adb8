import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const authorPageSchema = () => import('../../../contract/api').then((m) => m.authorPageSchema);

export const AUTHOR_PAGE_SIZE = 12;

/** An author's profile and articles, newest first, a page at a time. */
export const authorPageQuery = (api: ApiClient, slug: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.authors.page(slug),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(AUTHOR_PAGE_SIZE) });
      if (pageParam) params.set('cursor', pageParam);
      return api.getJson(`/api/authors/${encodeURIComponent(slug)}?${params}`, authorPageSchema, signal);
    },
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
