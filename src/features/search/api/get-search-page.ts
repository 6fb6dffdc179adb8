import { queryOptions } from '@tanstack/react-query';
import type { SearchPage } from '../../../contract/search';
import { ApiError, type ApiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const searchPageSchema = () => import('../../../contract/search').then((m) => m.searchPageSchema);

/** What the reader asked, as the search page's address says it (`/search?q=coca&cursor=…`). */
export type SearchRequest = { q: string; cursor?: string };

export function readSearchRequest(params: URLSearchParams): SearchRequest {
  const cursor = params.get('cursor');
  return { q: params.get('q') ?? '', ...(cursor ? { cursor } : {}) };
}

/**
 * A page of hits, or the API's reason for refusing the query (an empty one, 1,000 characters, only `*` and
 * quotes): a refusal is an answer to show, kept and hydrated like any other, not an error to retry.
 */
export type SearchAnswer = { kind: 'hits'; page: SearchPage } | { kind: 'refused'; message: string };

export const searchQuery = (api: ApiClient, { q, cursor }: SearchRequest) =>
  queryOptions({
    queryKey: queryKeys.search({ q, cursor }),
    queryFn: async ({ signal }): Promise<SearchAnswer> => {
      const params = new URLSearchParams({ q, ...(cursor ? { cursor } : {}) });
      try {
        return { kind: 'hits', page: await api.getJson(`/api/search?${params}`, searchPageSchema, signal) };
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 400) throw error;
        const reason = error.problem?.errors?.[0];
        // A cursor from an old link (the page it named is gone): the reader asked nothing wrong.
        if (reason?.path === 'cursor') return { kind: 'refused', message: 'That page of results is no longer there' };
        return { kind: 'refused', message: reason?.message ?? error.message };
      }
    },
  });
