import type { DehydratedState } from '@tanstack/react-query';
import type { PostedFeedback } from '../contract/feedback-form';
import { scriptJson } from '../lib/script-json';
import { isRouteErrorResponse, UNSAFE_ErrorResponseImpl as ErrorResponse, type HydrationState } from 'react-router-dom';

/** The element that carries page data from server to browser: JSON, never executed, so no inline script. */
export const DATA_ELEMENT_ID = 'page-data';

type SerializedError =
  { kind: 'response'; status: number; statusText: string; data: unknown } | { kind: 'error'; message: string };

export type PagePayload = {
  router: { loaderData: Record<string, unknown>; errors: Record<string, SerializedError> | null };
  query: DehydratedState;
  /** Dates as the server formatted them for this page (see lib/format-date). */
  dates: Record<string, string>;
  /** The refused feedback post this page answers, so the browser renders the form as the server did. */
  postedFeedback?: PostedFeedback;
};

export function serializeErrors(errors: Record<string, unknown> | null): PagePayload['router']['errors'] {
  if (!errors) return null;
  return Object.fromEntries(
    Object.entries(errors).map(([routeId, error]): [string, SerializedError] => [
      routeId,
      isRouteErrorResponse(error)
        ? { kind: 'response', status: error.status, statusText: error.statusText, data: error.data }
        : // Messages, stacks and internals stay on the server.
          { kind: 'error', message: 'The page could not be loaded' },
    ]),
  );
}

export function toHydrationState(router: PagePayload['router']): HydrationState {
  const errors = router.errors
    ? Object.fromEntries(
        Object.entries(router.errors).map(([routeId, e]) => [
          routeId,
          e.kind === 'response' ? new ErrorResponse(e.status, e.statusText, e.data) : new Error(e.message),
        ]),
      )
    : null;
  return { loaderData: router.loaderData, errors };
}

/** The page data, as JSON that is safe inside <script>. */
export function serializePayload(payload: PagePayload): string {
  return scriptJson(payload);
}
