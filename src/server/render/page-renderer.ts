import type { FastifyInstance } from 'fastify';
import type { InProcessFetch, PageRenderer, RenderOptions } from './rendered-page';

/** The server entry's surface (src/app/entry-server.tsx), loaded from the build or, in development, by Vite. */
export type ServerEntry = {
  render(
    url: string,
    fetch: InProcessFetch,
    options?: RenderOptions,
  ): Promise<
    | { kind: 'page'; status: number; head: string; body: string; data: string }
    | { kind: 'redirect'; status: number; location: string }
  >;
};

/** The app's API calls during a server render go to this same server, in process: no socket, same handlers. */
export function injectTransport(app: FastifyInstance): InProcessFetch {
  return async (path, init) => {
    const res = await app.inject({
      method: init?.method === 'POST' ? 'POST' : 'GET',
      url: path,
      headers: { accept: 'application/json' },
      ...(init?.body ? { payload: String(init.body) } : {}),
    });
    return new Response(res.statusCode === 204 || res.statusCode === 304 ? null : res.payload, {
      status: res.statusCode,
      headers: { 'content-type': String(res.headers['content-type'] ?? 'application/json') },
    });
  };
}

/**
 * One pass with a function replacer: a replacement *string* would expand `$&`, `` $` `` and `$'` found in content
 * (a headline, a summary) into copies of the template, and a slot's content is never searched for another slot.
 */
export function fillTemplate(template: string, page: { head: string; body: string; data: string }): string {
  const slots: Record<string, string> = {
    head: page.head,
    html: page.body,
    data: `<script type="application/json" id="page-data">${page.data}</script>`,
  };
  return template.replace(/<!--app-(head|html|data)-->/g, (_slot, name: string) => slots[name] ?? '');
}

export function createPageRenderer(
  getEntry: () => Promise<ServerEntry>,
  getTemplate: (url: string) => Promise<string>,
): PageRenderer {
  return async (url, fetch, options) => {
    const entry = await getEntry();
    const result = await entry.render(url, fetch, options);
    if (result.kind === 'redirect') return { status: result.status, html: '', redirect: result.location };
    return { status: result.status, html: fillTemplate(await getTemplate(url), result) };
  };
}
