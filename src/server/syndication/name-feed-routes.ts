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
  // What differs between a tag's feeds and an author's: how the slug is named and where its list lives.
  const kinds = [
    {
      kind: 'tag',
      pattern: routePatterns.tag,
      nameOf: (slug: string) => content.tagName(slug),
      unknown: (slug: string) => `No articles are tagged "${slug}"`,
    },
    {
      kind: 'author',
      pattern: routePatterns.author,
      nameOf: (slug: string) => profiles.get(slug)?.name ?? content.authorName(slug),
      unknown: (slug: string) => `No author at "${slug}"`,
    },
  ] as const;
  for (const { kind, pattern, nameOf, unknown } of kinds) {
    for (const format of ['rss', 'atom'] as const) {
      app.get<{ Params: { slug: string } }>(feedsOf(pattern)[format], (request, reply) => {
        const { slug } = request.params;
        const name = nameOf(slug);
        if (name === undefined) return sendProblem(reply, 404, unknown(slug));
        shareable(reply.type(FEED_TYPES[format]), 'content', [cacheKeys[kind](slug)]);
        return articleFeed(format, {
          publication: content.publication,
          origin: siteOrigin(request, http),
          title: name,
          pagePath: paths[kind](slug),
          paths: feedPaths[kind](slug),
          articles: content.listBy(kind, slug, { limit: FEED_SIZE })?.items ?? [],
        });
      });
    }
  }
}
