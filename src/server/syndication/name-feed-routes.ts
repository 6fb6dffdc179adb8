import type { FastifyInstance } from 'fastify';
import type { AuthorProfile } from '../../contract/author';
import { shareable } from '../cache/cache-policy';
import { cacheKeys } from '../content/cache-keys';
import type { ContentRepository } from '../content/content-repository';
import type { HttpPolicy } from '../http/http-policy';
import { sendProblem } from '../http/problem';
import { siteOrigin } from '../http/site-origin';
import { articleFeed, FEED_SIZE, FEED_TYPES } from './article-feed';
import { feedPaths, feedsOf, paths, routePatterns } from '../../lib/paths';

type NameFeedOptions = {
  content: ContentRepository;
  profiles: ReadonlyMap<string, AuthorProfile>;
  http: Pick<HttpPolicy, 'publicOrigin'>;
};

/**
 * RSS and Atom for each tag (`/tag/<slug>/rss.xml`) and author (`/author/<slug>/atom.xml`), from the same lists as
 * their pages, so scheduled and removed articles are in neither; shared under the list's key, purged with it.
 */
export function registerNameFeedRoutes(app: FastifyInstance, { content, profiles, http }: NameFeedOptions): void {
  for (const format of ['rss', 'atom'] as const) {
    app.get<{ Params: { slug: string } }>(feedsOf(routePatterns.tag)[format], (request, reply) => {
      const { slug } = request.params;
      const name = content.tagName(slug);
      if (name === undefined) return sendProblem(reply, 404, `No articles are tagged "${slug}"`);
      shareable(reply.type(FEED_TYPES[format]), 'content', [cacheKeys.tag(slug)]);
      return articleFeed(format, {
        publication: content.publication,
        origin: siteOrigin(request, http),
        title: name,
        pagePath: paths.tag(slug),
        paths: feedPaths.tag(slug),
        articles: content.listBy('tag', slug, { limit: FEED_SIZE })?.items ?? [],
      });
    });
    app.get<{ Params: { slug: string } }>(feedsOf(routePatterns.author)[format], (request, reply) => {
      const { slug } = request.params;
      const name = profiles.get(slug)?.name ?? content.authorName(slug);
      if (name === undefined) return sendProblem(reply, 404, `No author at "${slug}"`);
      shareable(reply.type(FEED_TYPES[format]), 'content', [cacheKeys.author(slug)]);
      return articleFeed(format, {
        publication: content.publication,
        origin: siteOrigin(request, http),
        title: name,
        pagePath: paths.author(slug),
        paths: feedPaths.author(slug),
        articles: content.listBy('author', slug, { limit: FEED_SIZE })?.items ?? [],
      });
    });
  }
}
