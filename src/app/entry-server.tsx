import { dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import type { PostedFeedback } from '../contract/feedback-form';
import { ErrorReportForm } from '../features/feedback/components/error-report-form';
import { RatingForm } from '../features/feedback/components/rating-form';
import { FeedbackFormsProvider } from '../features/feedback/feedback-forms-context';
import { ShareArticle } from '../features/share/components/share-article';
import { ShareProvider } from '../features/share/share-context';
import { createApiClient, type Transport } from '../lib/api-client';
import { createDateFormat } from '../lib/format-date';
import { createQueryClient } from '../lib/query-client';
import { AppProviders } from './app-providers';
import { serializeErrors, serializePayload } from './hydration';
import { SHELL_ID } from './layout';
import { createRoutes } from './routes';

export type RenderResult =
  | { kind: 'page'; status: number; head: string; body: string; data: string }
  | { kind: 'redirect'; status: number; location: string };

/**
 * Renders one page on the server with the same routes, loaders and queries the browser uses. Everything the
 * render needs is made here, for this request: its API client (over `fetch`, the server's in-process call),
 * query cache and date recorder, so concurrent renders share nothing. `origin` is the site's, for absolute addresses.
 */
export type RenderOptions = {
  /** The site's origin, for the absolute addresses in <head> (PUBLIC_URL, or the address asked for). */
  origin: string;
  /** A plain feedback post the server refused: the page shows the form again with the answers and errors. */
  postedFeedback?: PostedFeedback;
};

/** The forms and the share control themselves, not their lazy chunks: a server render cannot wait for one. */
const serverForms = { RatingForm, ErrorReportForm };
const serverShare = { ShareArticle };

export async function render(
  url: string,
  fetch: Transport,
  { origin, postedFeedback }: RenderOptions,
): Promise<RenderResult> {
  // The server validated its content where it entered; its own answers are not parsed a second time.
  const api = createApiClient(fetch, { trusted: true });
  const queryClient = createQueryClient();
  const dates = createDateFormat();
  const handler = createStaticHandler(createRoutes({ queryClient, api }));
  const context = await handler.query(new Request(`http://localhost${url.startsWith('/') ? url : `/${url}`}`));
  if (context instanceof Response) {
    return { kind: 'redirect', status: context.status, location: context.headers.get('location') ?? '/' };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <AppProviders queryClient={queryClient} api={api} dates={dates} origin={origin} postedFeedback={postedFeedback}>
      <FeedbackFormsProvider forms={serverForms}>
        <ShareProvider components={serverShare}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </ShareProvider>
      </FeedbackFormsProvider>
    </AppProviders>,
  );
  // React 19 hoists <title> and <meta> to the front of the output: they belong in <head>.
  const shellStart = html.indexOf(`<div id="${SHELL_ID}"`);
  const data = serializePayload({
    router: { loaderData: context.loaderData, errors: serializeErrors(context.errors) },
    query: dehydrate(queryClient),
    dates: dates.formatted(),
    ...(postedFeedback ? { postedFeedback } : {}),
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
