import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router-dom';
import { ApiError, type ApiClient } from '../lib/api-client';
import { publicationQuery } from './api/get-publication';

/** What every loader works with: the app's (or this render's) query cache and API client. */
export type LoaderContext = { queryClient: QueryClient; api: ApiClient };

export const isServer = typeof window === 'undefined';

export const notFound = () => data(null, { status: 404, statusText: 'Not Found' });

// A request the API refuses as malformed (400, 414: a mangled or over-long slug) names nothing that exists.
const NOT_FOUND_STATUSES = new Set([400, 404, 414]);

const gone = () => data(null, { status: 410, statusText: 'Gone' });

function toRouteError(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  // An article that was published and then removed: its page says so, with 410.
  if (error.status === 410) return gone();
  return NOT_FOUND_STATUSES.has(error.status) ? notFound() : error;
}

/**
 * Every page needs the publication (masthead, sections, locale) as well as its own data:
 * fetch both at once, wait for both, then let the page's own failure (an API 404 becomes the
 * router's 404, so the not-found page and status follow) win over the publication's.
 */
export function pageLoader(
  { queryClient, api }: LoaderContext,
  load: (args: LoaderFunctionArgs) => Promise<unknown>,
): (args: LoaderFunctionArgs) => Promise<null> {
  return async (args) => {
    const [own, publication] = await Promise.allSettled([
      Promise.resolve().then(() => load(args)),
      queryClient.ensureQueryData(publicationQuery(api)),
    ]);
    if (own.status === 'rejected') throw toRouteError(own.reason);
    if (publication.status === 'rejected') throw publication.reason;
    return null;
  };
}
