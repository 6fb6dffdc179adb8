import type { ApiClient } from '../../../lib/api-client';
import { cursorPagesQuery } from '../../../lib/cursor-pages';
import { queryKeys } from '../../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const articleListSchema = () => import('../../../contract/api').then((m) => m.articleListSchema);

export const PAGE_SIZE = 12;

export const articleListQuery = (api: ApiClient, section?: string) =>
  cursorPagesQuery(api, {
    queryKey: queryKeys.articles.list({ section }),
    path: '/api/articles',
    schema: articleListSchema,
    pageSize: PAGE_SIZE,
    params: { section },
  });
