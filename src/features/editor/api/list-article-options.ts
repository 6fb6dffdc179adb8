import { queryOptions, useQuery } from '@tanstack/react-query';
import { articleListSchema, MAX_LIST_LIMIT } from '../../../contract/api';
import type { ApiClient } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';

export type ArticleOption = { slug: string; headline: string };

// A safety stop: 20 pages of 50 is far more than the publication holds.
const MAX_PAGES = 20;

/** Every published article's slug and headline, for the filter's article list. */
async function listArticleOptions(api: ApiClient, signal: AbortSignal): Promise<ArticleOption[]> {
  const options: ArticleOption[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const params = new URLSearchParams({ limit: String(MAX_LIST_LIMIT) });
    if (cursor) params.set('cursor', cursor);
    const list = await api.getJson(`/api/articles?${params}`, articleListSchema, signal);
    options.push(...list.items.map(({ slug, headline }) => ({ slug, headline })));
    cursor = list.nextCursor;
    if (!cursor) break;
  }
  return options;
}

export const articleOptionsQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: queryKeys.editor.articleOptions(),
    queryFn: ({ signal }) => listArticleOptions(api, signal),
    staleTime: 5 * 60_000,
  });

export const useArticleOptions = () => useQuery(articleOptionsQuery(useApi()));
