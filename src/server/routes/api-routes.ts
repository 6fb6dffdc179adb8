import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { slugSchema } from '../../contract/article';
import {
  articleListQuerySchema,
  frontPageQuerySchema,
  trendingQuerySchema,
  type ArticleDetail,
  type ArticleList,
  type FrontPage,
  type Trending,
} from '../../contract/api';
import { shareable } from '../cache/cache-policy';
import { createTaggedCache } from '../cache/tagged-cache';
import { articleAnswerKeys, cacheKeys } from '../content/cache-keys';
import type { ContentRepository } from '../content/content-repository';
import { frontPage } from '../content/front-page';
import { CompressibleBody, sendCompressible } from '../http/compressible-body';
import { sendProblem, sendQueryProblem } from '../http/problem';
import { isJsonRequest } from '../http/request-guards';
import type { Store } from '../store/store';

export const TRENDING_DAYS = 7;
export const TRENDING_LIMIT = 5;
/** Serialized article answers kept ready: a viral article is one lookup, and 50,000 articles stay on disk. */
const DETAIL_CACHE_BYTES = 32 * 1024 * 1024;

const slugParams = z.object({ slug: z.string() });

export function registerApiRoutes(app: FastifyInstance, content: ContentRepository, store: Store): void {
  /** The summary of the article a URL names, if it names one. */
  const findArticle = (params: unknown) => {
    const { slug } = slugParams.parse(params);
    return slugSchema.safeParse(slug).success ? content.summary(slug) : undefined;
  };

  // Nothing purges the publication (it changes with a restart): an hour's staleness at most.
  app.get('/api/publication', async (_request, reply) => {
    shareable(reply, 'content', []);
    return content.publication;
  });

  app.get('/api/articles', async (request, reply) => {
    const query = articleListQuerySchema.safeParse(request.query);
    if (!query.success) return sendQueryProblem(reply, query.error);
    const { section, limit, cursor } = query.data;
    if (section && !content.hasSection(section)) return sendProblem(reply, 404, `No section "${section}"`);
    const page = content.list({ section, limit, cursor });
    if (!page)
      return sendProblem(reply, 400, 'Invalid query parameter: cursor', [
        { path: 'cursor', message: 'Cursor is not one this server issued' },
      ]);
    shareable(reply, 'content', [section ? cacheKeys.section(section) : cacheKeys.front]);
    return page satisfies ArticleList;
  });

  // Any change to what lists show touches the front key (change-touches.ts), so the answer is purged with them.
  app.get('/api/front', async (request, reply) => {
    const query = frontPageQuerySchema.safeParse(request.query);
    if (!query.success) return sendQueryProblem(reply, query.error);
    shareable(reply, 'content', [cacheKeys.front]);
    return frontPage(content) satisfies FrontPage;
  });

  // Each answer is serialized once, with its ETag, and kept while it is read, under the cache keys of what it
  // shows: a content change purges exactly the answers it touches. Concurrent first requests share one read.
  const detailKeys = (slug: string) => articleAnswerKeys(slug, content.shown(slug));
  const details = createTaggedCache<CompressibleBody>({
    maxSize: DETAIL_CACHE_BYTES,
    // The compressed copies, made when asked for, add about a third again.
    sizeCalculation: (body) => Math.ceil(body.raw.length * 1.35),
    keysOf: detailKeys,
    fetch: async (slug) => {
      const article = await content.article(slug);
      if (!article) return undefined;
      const { next, more } = content.continuation(slug);
      const answer: ArticleDetail = { article, related: content.related(slug), moreInSection: more, next };
      return CompressibleBody.of(JSON.stringify(answer));
    },
  });
  content.onChange((touches) => details.purge(touches.keys));
  app.get('/api/articles/:slug', async (request, reply) => {
    const summary = findArticle(request.params);
    const detail = summary && (await details.get(summary.slug, undefined));
    if (detail) {
      shareable(reply.type('application/json; charset=utf-8'), 'content', details.keysOf(summary.slug));
      return sendCompressible(request, reply, detail);
    }
    const { slug } = slugParams.parse(request.params);
    if (content.isGone(slug)) return sendProblem(reply, 410, 'This article has been removed');
    return sendProblem(reply, 404, 'No article at this address');
  });

  // Beside an article, trending leaves out that article and its related ones: every link in the rail is new.
  app.get('/api/trending', async (request, reply) => {
    const query = trendingQuerySchema.safeParse(request.query);
    if (!query.success) return sendQueryProblem(reply, query.error);
    const { article } = query.data;
    const excluded = new Set(article ? [article, ...content.related(article).map((s) => s.slug)] : []);
    const rows = await store.trending({ days: TRENDING_DAYS, limit: TRENDING_LIMIT * 2 + excluded.size });
    const items = rows
      .filter((row) => !excluded.has(row.slug))
      .flatMap((row) => content.summary(row.slug) ?? [])
      .slice(0, TRENDING_LIMIT);
    // Too few readers yet: fill with the newest so the list is never empty.
    const seen = new Set([...excluded, ...items.map((i) => i.slug)]);
    items.push(...content.newestSummaries(TRENDING_LIMIT - items.length, seen));
    const shown = [...(article ? [article] : []), ...items.map((item) => item.slug)];
    shareable(reply, 'trending', [cacheKeys.front, ...shown.map(cacheKeys.article)]);
    return { items } satisfies Trending;
  });

  app.post(
    '/api/articles/:slug/views',
    { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } },
    async (request, reply) => {
      if (!isJsonRequest(request)) return sendProblem(reply, 415, 'Send views as application/json');
      const article = findArticle(request.params);
      if (!article) return sendProblem(reply, 404, 'No article at this address');
      try {
        await store.recordView(article.slug);
      } catch {
        // Logged once per episode by the store (resilient-store.ts), not once per request.
        return sendProblem(reply, 503, 'Views cannot be counted right now');
      }
      return reply.code(204).send();
    },
  );
}
