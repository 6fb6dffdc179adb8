import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../lib/api-client';
import { useApi } from '../../lib/api-context';
import { queryKeys } from '../../lib/query-keys';

// Loaded with the first fetch, not with the page: see SchemaSource.
const sitePageSchema = () => import('../../contract/site-page').then((m) => m.sitePageSchema);

/** One of the site's own pages (about, corrections policy, contact, privacy). */
export const sitePageQuery = (api: ApiClient, slug: string) =>
  queryOptions({
    queryKey: queryKeys.sitePage(slug),
    queryFn: ({ signal }) => api.getJson(`/api/pages/${encodeURIComponent(slug)}`, sitePageSchema, signal),
    staleTime: Infinity,
  });

export const useSitePage = (slug: string) => useSuspenseQuery(sitePageQuery(useApi(), slug)).data;
