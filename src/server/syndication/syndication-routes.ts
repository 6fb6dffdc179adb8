import type { FastifyInstance, FastifyReply } from 'fastify';
import { shareable } from '../cache/cache-policy';
import { cacheKeys } from '../content/cache-keys';
import type { ContentRepository } from '../content/content-repository';
import type { HttpPolicy } from '../http/http-policy';
import { sendProblem } from '../http/problem';
import { siteOrigin } from '../http/site-origin';
import { articleFeed, FEED_SIZE, FEED_TYPES, type FeedFormat } from './article-feed';
import {
  ARTICLES_PER_SITEMAP,
  articlesSitemap,
  NEWS_MAX,
  NEWS_WINDOW_MS,
  newsSitemap,
  robotsTxt,
  sectionsSitemap,
  sitemapIndex,
} from './sitemaps';
import { feedPaths, feedsOf, paths, routePatterns } from '../../lib/paths';

const TYPES: Record<FeedFormat | 'sitemap' | 'text', string> = {
  ...FEED_TYPES,
  sitemap: 'application/xml; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

type SyndicationOptions = { content: ContentRepository; http: Pick<HttpPolicy, 'publicOrigin'>; now: () => number };

/**
 * Feeds, sitemaps and robots.txt: built from the same repository as the pages, so a scheduled article is in none
 * of them until it is due and a removed one leaves them with its page. Each answer is shared under the cache
 * keys of the list it shows, so the change that purges the list purges its feed.
 */
export function registerSyndicationRoutes(app: FastifyInstance, { content, http, now }: SyndicationOptions): void {
  const send = (reply: FastifyReply, type: keyof typeof TYPES, keys: string[], body: string) => {
    shareable(reply.type(TYPES[type]), 'content', keys);
    return reply.send(body);
  };

  for (const format of ['rss', 'atom'] as const) {
    app.get(feedPaths.front[format], (request, reply) =>
      send(
        reply,
        format,
        [cacheKeys.front],
        articleFeed(format, {
          publication: content.publication,
          origin: siteOrigin(request, http),
          pagePath: paths.front(),
          paths: feedPaths.front,
          articles: content.range(0, FEED_SIZE),
        }),
      ),
    );
    app.get<{ Params: { id: string } }>(feedsOf(routePatterns.section)[format], (request, reply) => {
      const section = content.publication.sections.find((s) => s.id === request.params.id);
      if (!section) return sendProblem(reply, 404, `There is no section "${request.params.id}"`);
      const articles = content.list({ section: section.id, limit: FEED_SIZE })?.items ?? [];
      return send(
        reply,
        format,
        [cacheKeys.section(section.id)],
        articleFeed(format, {
          publication: content.publication,
          origin: siteOrigin(request, http),
          title: section.name,
          pagePath: paths.section(section.id),
          paths: feedPaths.section(section.id),
          articles,
        }),
      );
    });
  }

  // A new article changes the front page's list, so the front key covers every sitemap that could list it.
  app.get('/sitemap.xml', (request, reply) =>
    send(
      reply,
      'sitemap',
      [cacheKeys.front],
      sitemapIndex(siteOrigin(request, http), content.size, content.range(0, 1)[0]),
    ),
  );
  app.get('/sitemaps/sections.xml', (request, reply) =>
    send(reply, 'sitemap', [], sectionsSitemap(siteOrigin(request, http), content.publication)),
  );
  app.get('/sitemaps/news.xml', (request, reply) => {
    const since = now() - NEWS_WINDOW_MS;
    const recent = content.range(0, NEWS_MAX).filter((a) => Date.parse(a.publishedAt) >= since);
    return send(
      reply,
      'sitemap',
      [cacheKeys.front],
      newsSitemap(siteOrigin(request, http), content.publication, recent),
    );
  });
  app.get<{ Params: { page: string } }>('/sitemaps/articles-:page.xml', (request, reply) => {
    const page = Number(request.params.page);
    const pages = Math.max(1, Math.ceil(content.size / ARTICLES_PER_SITEMAP));
    if (!Number.isInteger(page) || page < 1 || page > pages)
      return sendProblem(reply, 404, `There is no article sitemap ${request.params.page}; there are ${pages}`);
    const articles = content.range((page - 1) * ARTICLES_PER_SITEMAP, ARTICLES_PER_SITEMAP);
    return send(reply, 'sitemap', [cacheKeys.front], articlesSitemap(siteOrigin(request, http), articles));
  });
  app.get('/robots.txt', (request, reply) => send(reply, 'text', [], robotsTxt(siteOrigin(request, http))));
}
