import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendCompressible } from '../http/compressible-body';
import { shareable } from '../cache/cache-policy';
import { FEEDBACK_STEP_PARAM, readFeedbackStep } from '../../contract/feedback-form';
import type { HttpPolicy } from '../http/http-policy';
import { sendProblem } from '../http/problem';
import { siteOrigin } from '../http/site-origin';
import { canonicalPath } from '../render/canonical-path';
import type { PageCache } from '../render/page-cache';
import { isPathOf, routePatterns } from '../../lib/paths';

/** Every path that is not a page shares this render and cache entry: the not-found page says nothing of the path. */
const NOT_FOUND_URL = '/not-found';

/** The widget's step named in an article's address (`?feedback=`), which the page is rendered at. */
function feedbackStepOf(pathname: string, url: string) {
  if (!isPathOf(routePatterns.article, pathname)) return undefined;
  return readFeedbackStep(new URLSearchParams(url.slice(pathname.length + 1)));
}

/** Every GET that is not the API or a file is a page: rendered on the server, then hydrated. */
export function registerPageRoutes(
  app: FastifyInstance,
  pages: PageCache | undefined,
  {
    http,
    pageExists = () => true,
    keysOf = () => [],
  }: {
    http: Pick<HttpPolicy, 'publicOrigin'>;
    pageExists?: (pathname: string) => boolean;
    /** The cache keys of what the page at a path shows, named in its Surrogate-Key header. */
    keysOf?: (pathname: string) => string[];
  },
): void {
  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const isPage = request.method === 'GET' || request.method === 'HEAD';
    if (!isPage || pathname.startsWith('/api/') || path.extname(pathname) !== '' || !pages) {
      return sendProblem(reply, 404, `Nothing at ${request.method} ${pathname}`);
    }
    // One address per page: `/Article/x/` sends readers and crawlers to `/article/x`, keeping the query.
    const canonical = canonicalPath(pathname);
    if (canonical !== pathname) {
      const query = request.url.slice(pathname.length);
      return shareable(reply, 'page', []).redirect(canonical + query, 301);
    }
    const exists = pageExists(pathname);
    const origin = siteOrigin(request, http);
    const step = exists ? feedbackStepOf(pathname, request.url) : undefined;
    // A feedback form carrying this reader's key is rendered for them alone; a search's results depend on its
    // query (any words at all). Neither is cached here or shared, like the search API's answers.
    if ((step && 'key' in step) || (exists && isPathOf(routePatterns.search, pathname))) {
      const entry = await pages.uncached(request.url, origin);
      reply.code(entry.status).type('text/html; charset=utf-8');
      return sendCompressible(request, reply, entry.body);
    }
    // Pages don't depend on the query string (utm_source and the like): one copy per path, and one per
    // thank-you step a feedback post is redirected to.
    const key = step ? `${pathname}?${FEEDBACK_STEP_PARAM}=${step.step}` : pathname;
    const entry = exists
      ? await pages.page(key, step ? key : request.url, origin)
      : await pages.page(NOT_FOUND_URL, NOT_FOUND_URL, origin);
    if (entry.redirect) return reply.redirect(entry.redirect, entry.status);
    // A not-found page too: under the path's keys, so a scheduled article's 404 is purged when it appears.
    shareable(
      reply.code(entry.status).type('text/html; charset=utf-8'),
      'page',
      exists ? pages.keysOf(key, origin) : keysOf(pathname),
    );
    return sendCompressible(request, reply, entry.body);
  };
  // Browsers ask for /favicon.ico whatever the page says; point them at the real one.
  app.get('/favicon.ico', (_request, reply) => reply.redirect('/favicon.svg', 301));
  // The front page is asked for by name: the static files plugin would answer "/" as a directory.
  app.get(routePatterns.front, page);
  app.setNotFoundHandler(page);
}
