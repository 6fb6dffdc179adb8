import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const tagPageSchema = () => import('../../../contract/api').then((m) => m.tagPageSchema);

export const TAG_PAGE_SIZE = 12;

/** A tag's name and its articles, newest first, a page at a time. */
export const tagPageQuery = (api: ApiClient, slug: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.tags.page(slug),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(TAG_PAGE_SIZE) });
      if (pageParam) params.set('cursor', pageParam);
      return api.getJson(`/api/tags/${encodeURIComponent(slug)}?${params}`, tagPageSchema, signal);
    },
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
