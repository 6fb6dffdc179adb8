import type { FastifyInstance } from 'fastify';
import { SEARCH_PAGE_SIZE, searchQuerySchema, type SearchPage } from '../../contract/search';
import type { ContentRepository } from '../content/content-repository';
import type { SearchIndex } from '../content/search/search-index';
import { sendProblem, sendQueryProblem } from '../http/problem';

/**
 * `GET /api/search?q=&cursor=`. The index holds every valid version; what readers may see is the repository's
 * say, so a hit is kept only while its article is published (not scheduled, not removed, and once per slug).
 */
export function registerSearchRoutes(
  app: FastifyInstance,
  content: ContentRepository,
  index: SearchIndex,
  now: () => number,
): void {
  app.get('/api/search', async (request, reply) => {
    const query = searchQuerySchema.safeParse(request.query);
    if (!query.success) return sendQueryProblem(reply, query.error);
    const { q, cursor } = query.data;
    const page = await index.search({ query: q, limit: SEARCH_PAGE_SIZE, cursor, now: now() });
    if (!page)
      return sendProblem(reply, 400, 'Invalid query parameter: cursor', [
        { path: 'cursor', message: 'Cursor is not one this server issued' },
      ]);
    const seen = new Set<string>();
    const hits = page.hits.filter((hit) => {
      if (seen.has(hit.slug) || !content.summary(hit.slug)) return false;
      seen.add(hit.slug);
      return true;
    });
    return { ...page, hits } satisfies SearchPage;
  });
}
