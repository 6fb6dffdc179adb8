import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../http/problem';

export type RenderedPage = { status: number; html: string; redirect?: string };
export type PageRenderer = (url: string) => Promise<RenderedPage>;

/** Every GET that is not the API or a file is a page: rendered on the server, then hydrated. */
export function registerPageRoutes(app: FastifyInstance, renderPage: PageRenderer | undefined): void {
  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const isPage = request.method === 'GET' || request.method === 'HEAD';
    if (!isPage || pathname.startsWith('/api/') || path.extname(pathname) !== '' || !renderPage) {
      return sendProblem(reply, 404, `Nothing at ${request.method} ${pathname}`);
    }
    const rendered = await renderPage(request.url);
    if (rendered.redirect) return reply.redirect(rendered.redirect, rendered.status);
    return reply
      .code(rendered.status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(rendered.html);
  };
  // Browsers ask for /favicon.ico whatever the page says; point them at the real one.
  app.get('/favicon.ico', (_request, reply) => reply.redirect('/favicon.svg', 301));
  // The front page is asked for by name: the static files plugin would answer "/" as a directory.
  app.get('/', page);
  app.setNotFoundHandler(page);
}
