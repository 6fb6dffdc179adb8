import { infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';
import type { ApiClient, SchemaSource } from './api-client';

type CursorPagesOptions<T> = {
  queryKey: QueryKey;
  /** The endpoint, without a query string. */
  path: string;
  schema: SchemaSource<T>;
  pageSize: number;
  /** Filters sent with every page (the cursor and limit are added). */
  params?: Record<string, string | undefined>;
};

/**
 * A list the API pages by cursor (`?limit=&cursor=`, answered with `nextCursor`, null after the last page):
 * what the section, tag and author pages load and "More stories" extends.
 */
export function cursorPagesQuery<T extends { nextCursor?: string | null }>(
  api: ApiClient,
  { queryKey, path, schema, pageSize, params = {} }: CursorPagesOptions<T>,
) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- each caller's key names what its path and filters hold
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) => {
      const search = new URLSearchParams({ limit: String(pageSize) });
      for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
      if (pageParam) search.set('cursor', pageParam);
      return api.getJson(`${path}?${search}`, schema, signal);
    },
    initialPageParam: '',
    getNextPageParam: (lastPage: T) => lastPage.nextCursor ?? undefined,
  });
}
