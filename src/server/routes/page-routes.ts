import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendCompressible } from '../http/compressible-body';
import { sendProblem } from '../http/problem';
import { PageCache } from '../render/page-cache';

export type RenderedPage = { status: number; html: string; redirect?: string };
export type PageRenderer = (url: string) => Promise<RenderedPage>;

/** Every GET that is not the API or a file is a page: rendered on the server, then hydrated. */
export function registerPageRoutes(app: FastifyInstance, renderPage: PageRenderer | undefined): void {
  const cache = new PageCache();
  // Concurrent misses for one page share one render.
  const rendering = new Map<string, Promise<RenderedPage>>();
  const render = (url: string, key: string) => {
    let pending = rendering.get(key);
    if (!pending) {
      pending = (renderPage as PageRenderer)(url).finally(() => rendering.delete(key));
      rendering.set(key, pending);
    }
    return pending;
  };

  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const isPage = request.method === 'GET' || request.method === 'HEAD';
    if (!isPage || pathname.startsWith('/api/') || path.extname(pathname) !== '' || !renderPage) {
      return sendProblem(reply, 404, `Nothing at ${request.method} ${pathname}`);
    }
    // Pages don't depend on the query string (utm_source and the like): one copy per path.
    let entry = cache.get(pathname);
    if (!entry) {
      const rendered = await render(request.url, pathname);
      if (rendered.redirect) return reply.redirect(rendered.redirect, rendered.status);
      entry = cache.get(pathname) ?? cache.set(pathname, rendered);
    }
    reply.code(entry.status).type('text/html; charset=utf-8').header('cache-control', 'no-cache');
    return sendCompressible(request, reply, entry.body);
  };
  // Browsers ask for /favicon.ico whatever the page says; point them at the real one.
  app.get('/favicon.ico', (_request, reply) => reply.redirect('/favicon.svg', 301));
  // The front page is asked for by name: the static files plugin would answer "/" as a directory.
  app.get('/', page);
  app.setNotFoundHandler(page);
}
