import { dehydrate, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import { setTransport, type Transport } from '../lib/api-client';
import { recordFormattedDates } from '../lib/format-date';
import { createQueryClient } from '../lib/query-client';
import { serializeErrors, serializePayload } from './hydration';
import { SHELL_ID } from './layout';
import { createRoutes } from './routes';

export type RenderResult =
  | { kind: 'page'; status: number; head: string; body: string; data: string }
  | { kind: 'redirect'; status: number; location: string };

/** Renders one page on the server with the same routes, loaders and queries the browser uses. */
export async function render(url: string, fetch: Transport): Promise<RenderResult> {
  setTransport(fetch);
  const queryClient = createQueryClient();
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(new Request(`http://localhost${url.startsWith('/') ? url : `/${url}`}`));
  if (context instanceof Response) {
    return { kind: 'redirect', status: context.status, location: context.headers.get('location') ?? '/' };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const { result: html, dates } = recordFormattedDates(() =>
    renderToString(
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>,
    ),
  );
  // React 19 hoists <title> and <meta> to the front of the output: they belong in <head>.
  const shellStart = html.indexOf(`<div id="${SHELL_ID}"`);
  const data = serializePayload({
    router: { loaderData: context.loaderData, errors: serializeErrors(context.errors) },
    query: dehydrate(queryClient),
    dates,
  });
  queryClient.clear();
  return {
    kind: 'page',
    status: context.statusCode,
    head: shellStart > 0 ? html.slice(0, shellStart) : '',
    body: shellStart > 0 ? html.slice(shellStart) : html,
    data,
  };
}
