import path from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import etag from '@fastify/etag';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { registerPrivateByDefault } from './cache/cache-policy';
import { createCachePurger } from './cache/purge-caches';
import type { ContentRepository } from './content/content-repository';
import { pageKeys } from './content/page-keys';
import { scheduleCommentRetention } from './editor/comment-retention';
import { registerEditorRoutes } from './editor/editor-routes';
import { registerFeedbackRoutes } from './feedback/feedback-routes';
import { registerAcceptEncoding } from './http/accept-encoding';
import { COMPRESS_MIN_BYTES } from './http/compressible-body';
import { registerRequestGuards } from './http/request-guards';
import { clientErrorHandler } from './http/client-error';
import { LOCAL_HTTP_POLICY, type HttpPolicy } from './http/http-policy';
import { registerSecurityHeaders, securityHeaders } from './http/security-headers';
import { siteOrigin } from './http/site-origin';
import { sendProblem } from './http/problem';
import { pageExists } from './render/page-exists';
import { registerApiRoutes } from './routes/api-routes';
import { registerSearchRoutes } from './routes/search-routes';
import type { SearchIndex } from './content/search/search-index';
import { registerNamePageRoutes } from './routes/name-page-routes';
import { createPageCache } from './render/page-cache';
import { injectTransport } from './render/page-renderer';
import type { PageRenderer } from './render/rendered-page';
import type { AuthorProfile } from '../contract/author';
import type { SitePage } from '../contract/site-page';
import { registerSitePageRoutes } from './routes/site-page-routes';
import { registerPageRoutes } from './routes/page-routes';
import { StoreUnavailableError, type Store } from './store/store';
import { registerNameFeedRoutes } from './syndication/name-feed-routes';
import { registerSyndicationRoutes } from './syndication/syndication-routes';

export type AppOptions = {
  content: ContentRepository;
  /** Full text over the content (`/api/search`). */
  search: SearchIndex;
  /** Author profiles by slug (`content/authors/`); without one, an author's page shows the byline's name. */
  authors?: ReadonlyMap<string, AuthorProfile>;
  /** The site's own pages by slug (`content/pages/`), served at `/<slug>`. */
  sitePages?: ReadonlyMap<string, SitePage>;
  store: Store;
  /** Built client (dist/client): served as static files. Absent in tests and in development. */
  clientDir?: string;
  /** CSP sources ('sha256-…') for the <style> elements in the page template. */
  styleSources?: string[];
  /** CSP sources for the boot script the page template carries inline. */
  scriptSources?: string[];
  renderPage?: PageRenderer;
  /** Made before the app, so the store can log while it opens. */
  logger: FastifyBaseLogger;
  /** Development serves Vite's inline preamble, which a strict CSP would block. */
  dev?: boolean;
  /** Editors sign in with this; unset, the editor endpoints answer 403. */
  adminToken?: string;
  /** Accepted feedback submissions per client per minute. */
  feedbackRateLimit?: number;
  /** Runs the retention job: comments older than this many months are deleted. Absent, nothing is deleted. */
  feedbackRetentionMonths?: number;
  /** The benchmark's baseline routes; never on in production. */
  benchRoutes?: boolean;
  /** Proxies trusted, hosts answered, the public origin, HSTS (config.ts); loopback only when absent. */
  http?: HttpPolicy;
  /** Shared caches in front (CACHE_PURGE_URLS), purged by surrogate key when content changes. */
  cachePurgeUrls?: readonly string[];
  /** The time, in epoch ms, for what the server stamps (feedback, editor sessions); tests inject a clock. */
  now?: () => number;
};

const FRAMEWORK_ERRORS: Record<string, string> = {
  FST_ERR_BAD_URL: 'The address is not valid: it has a malformed percent-encoding',
  FST_ERR_MAX_PARAM_LENGTH: 'A part of the address is too long',
};

export async function buildApp({
  content,
  search,
  authors = new Map(),
  sitePages = new Map(),
  store,
  clientDir,
  styleSources = [],
  scriptSources = [],
  renderPage,
  logger,
  dev = false,
  adminToken,
  feedbackRateLimit = 10,
  feedbackRetentionMonths,
  benchRoutes = false,
  http = LOCAL_HTTP_POLICY,
  cachePurgeUrls = [],
  now = Date.now,
}: AppOptions): Promise<FastifyInstance> {
  const headers = securityHeaders({ styleSources, scriptSources, dev });
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: 16 * 1024,
    routerOptions: { maxParamLength: 200 },
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    keepAliveTimeout: 10_000,
    http: { maxHeaderSize: 16 * 1024 },
    return503OnClosing: true,
    trustProxy: http.trustProxy,
    // Errors Fastify raises before routing (bad URL encoding, over-long parameters) run no hooks: they get the
    // headers here, and a fixed message (the URL is not echoed back).
    frameworkErrors: (error, _request, reply) => {
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
      reply.headers(headers);
      return sendProblem(reply, status, FRAMEWORK_ERRORS[error.code] ?? 'The request is not valid');
    },
    clientErrorHandler: clientErrorHandler(headers),
  });
  registerSecurityHeaders(app, headers, http.hsts);
  registerRequestGuards(app, http);
  registerAcceptEncoding(app);
  registerPrivateByDefault(app);
  await app.register(compress, { threshold: COMPRESS_MIN_BYTES });
  await app.register(etag, { weak: true });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `Too many requests; try again in ${context.after}`,
    }),
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    // Logged once per episode by the store; the editors' report says so instead of showing zeros.
    if (error instanceof StoreUnavailableError)
      return sendProblem(reply, 503, 'The feedback store is unavailable right now; try again in a minute');
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, status, status >= 500 ? 'Something went wrong on our side.' : error.message);
  });

  registerApiRoutes(app, content, store);
  registerSearchRoutes(app, content, search, now);
  registerNamePageRoutes(app, content, authors);
  registerSitePageRoutes(app, sitePages);
  registerNameFeedRoutes(app, { content, profiles: authors, http });
  // Each render reaches the API in process, through this app's own handlers: no socket, no holder.
  const fetchInProcess = injectTransport(app);
  registerSyndicationRoutes(app, { content, http, now });
  registerFeedbackRoutes(app, {
    content,
    store,
    rateLimit: feedbackRateLimit,
    benchRoutes,
    now,
    renderRefusedPost:
      renderPage &&
      ((request, url, posted) =>
        renderPage(url, fetchInProcess, { origin: siteOrigin(request, http), postedFeedback: posted })),
  });
  registerEditorRoutes(app, { content, store, token: adminToken, now });
  if (feedbackRetentionMonths !== undefined) {
    const stop = scheduleCommentRetention({
      store,
      months: feedbackRetentionMonths,
      onForgotten: (count, cutoff) => app.log.info(`Retention: removed ${count} comments from before ${cutoff}`),
      onError: (error) => app.log.warn({ err: error }, 'Retention: could not remove old comments; retrying later'),
    });
    app.addHook('onClose', async () => stop());
  }

  if (clientDir) {
    await app.register(fastifyStatic, {
      root: clientDir,
      index: false,
      // index.html is only a template: pages are rendered by the page routes.
      allowedPath: (pathName) => pathName !== '/index.html' && !pathName.startsWith('/.vite/'),
      // The build writes a .br and a .gz beside each file (vite.config.ts): sent as the browser accepts.
      preCompressed: true,
      cacheControl: false,
      setHeaders(res, filePath) {
        // Vite names everything in assets/ by content hash, so it may be cached for a year.
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        // The service worker must be revalidated on every load, or a fixed version could take a day to arrive.
        const worker = filePath.endsWith(`${path.sep}sw.js`);
        res.header(
          'cache-control',
          hashed ? 'public, max-age=31536000, immutable' : worker ? 'no-cache' : 'public, max-age=3600',
        );
      },
    });
  }

  // A page's cache entry may be a variant of its path (`/article/x?feedback=sent`): keyed by the path's content.
  const keysOf = (pathname: string) => pageKeys(content, pathname.split('?')[0] ?? pathname);
  const pages =
    renderPage &&
    createPageCache({
      render: (url, origin) => renderPage(url, fetchInProcess, { origin }),
      keysOf,
    });
  if (pages) content.onChange((touches) => pages.purge(touches.keys));
  registerPageRoutes(app, pages, {
    http,
    pageExists: (pathname) =>
      pageExists(content, pathname, {
        hasProfile: (slug) => authors.has(slug),
        hasSitePage: (slug) => sitePages.has(slug),
      }),
    keysOf,
  });
  if (cachePurgeUrls.length > 0) {
    // After the caches in this process (registered above), so a cache refetching gets the new answer.
    const purge = createCachePurger({
      urls: cachePurgeUrls,
      onError: (url, error) => app.log.warn({ err: error }, `Cache at ${url} was not purged; it may serve stale`),
    });
    content.onChange((touches) => void purge(touches.keys));
  }
  return app;
}
