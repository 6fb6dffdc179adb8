import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SitePage } from '../../contract/site-page';
import { shareable } from '../cache/cache-policy';
import { sendProblem } from '../http/problem';

const slugParams = z.object({ slug: z.string() });

/** `/api/pages/:slug`: one of the site's own pages (about, corrections policy, contact, privacy). */
export function registerSitePageRoutes(app: FastifyInstance, pages: ReadonlyMap<string, SitePage>): void {
  app.get('/api/pages/:slug', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const page = pages.get(slug);
    if (!page) return sendProblem(reply, 404, `No page "${slug}"`);
    // Read at start, like the publication: nothing purges it, so an hour's staleness at most.
    shareable(reply, 'content', []);
    return page;
  });
}
