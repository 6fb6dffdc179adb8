import type { ApiClient } from '../../../lib/api-client';
import { cursorPagesQuery } from '../../../lib/cursor-pages';
import { queryKeys } from '../../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const tagPageSchema = () => import('../../../contract/api').then((m) => m.tagPageSchema);

export const TAG_PAGE_SIZE = 12;

/** A tag's name and its articles, newest first, a page at a time. */
export const tagPageQuery = (api: ApiClient, slug: string) =>
  cursorPagesQuery(api, {
    queryKey: queryKeys.tags.page(slug),
    path: `/api/tags/${encodeURIComponent(slug)}`,
    schema: tagPageSchema,
    pageSize: TAG_PAGE_SIZE,
  });
