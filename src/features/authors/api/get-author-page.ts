import type { ApiClient } from '../../../lib/api-client';
import { cursorPagesQuery } from '../../../lib/cursor-pages';
import { queryKeys } from '../../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const authorPageSchema = () => import('../../../contract/api').then((m) => m.authorPageSchema);

export const AUTHOR_PAGE_SIZE = 12;

/** An author's profile and articles, newest first, a page at a time. */
export const authorPageQuery = (api: ApiClient, slug: string) =>
  cursorPagesQuery(api, {
    queryKey: queryKeys.authors.page(slug),
    path: `/api/authors/${encodeURIComponent(slug)}`,
    schema: authorPageSchema,
    pageSize: AUTHOR_PAGE_SIZE,
  });
