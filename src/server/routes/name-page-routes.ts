import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AuthorProfile } from '../../contract/author';
import { pageQuerySchema, type AuthorPage, type TagPage } from '../../contract/api';
import { shareable } from '../cache/cache-policy';
import { cacheKeys } from '../content/cache-keys';
import type { ContentRepository } from '../content/content-repository';
import { sendProblem, sendQueryProblem } from '../http/problem';

const slugParams = z.object({ slug: z.string() });
const badCursor = [{ path: 'cursor', message: 'Cursor is not one this server issued' }];

/**
 * `/api/tags/:slug` and `/api/authors/:slug`: a tag's or an author's articles, newest first, paged by cursor like
 * a section, with the tag's name or the author's profile (from `content/authors/`, else the byline's name).
 */
export function registerNamePageRoutes(
  app: FastifyInstance,
  content: ContentRepository,
  profiles: ReadonlyMap<string, AuthorProfile>,
): void {
  app.get('/api/tags/:slug', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const query = pageQuerySchema.safeParse(request.query);
    if (!query.success) return sendQueryProblem(reply, query.error);
    const name = content.tagName(slug);
    if (name === undefined) return sendProblem(reply, 404, `No articles are tagged "${slug}"`);
    const page = content.listBy('tag', slug, query.data);
    if (!page) return sendProblem(reply, 400, 'Invalid query parameter: cursor', badCursor);
    shareable(reply, 'content', [cacheKeys.tag(slug)]);
    return { tag: { slug, name }, ...page } satisfies TagPage;
  });

  app.get('/api/authors/:slug', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const query = pageQuerySchema.safeParse(request.query);
    if (!query.success) return sendQueryProblem(reply, query.error);
    const byline = content.authorName(slug);
    const profile = profiles.get(slug) ?? (byline === undefined ? undefined : { name: byline });
    if (!profile) return sendProblem(reply, 404, `No author at "${slug}"`);
    const page = content.listBy('author', slug, query.data);
    if (!page) return sendProblem(reply, 400, 'Invalid query parameter: cursor', badCursor);
    shareable(reply, 'content', [cacheKeys.author(slug)]);
    return { author: { slug, ...profile }, ...page } satisfies AuthorPage;
  });
}
