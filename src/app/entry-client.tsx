// First, before any module parses with zod.
import { hydrate } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { createOutboxHost } from '../features/feedback/outbox-host';
import { hasPendingFeedback } from '../features/feedback/outbox-key';
import { createApiClient, fetchTransport } from '../lib/api-client';
import { createDateFormat } from '../lib/format-date';
import { createQueryClient } from '../lib/query-client';
import { AppProviders } from './app-providers';
import { DATA_ELEMENT_ID, toHydrationState, type PagePayload } from './hydration';
import { loadLazyMatches } from './load-lazy-matches';
import { registerServiceWorker } from './register-service-worker';
import { createRoutes } from './routes';
import { yieldToBrowser } from './yield-to-browser';

const payload = JSON.parse(document.getElementById(DATA_ELEMENT_ID)?.textContent ?? 'null') as PagePayload | null;
const queryClient = createQueryClient();
if (payload) hydrate(queryClient, payload.query);
const api = createApiClient(fetchTransport);
// The one outbox of this tab: feedback that could not be delivered waits in localStorage and goes out through `api`;
// the forms remember there too which articles this browser has answered.
const outboxHost = createOutboxHost({ api, storage: () => window.localStorage });
// The dates the server formatted for this page, shown as sent.
const dates = createDateFormat(payload?.dates);

// Startup is split into short tasks so none of them blocks input for long on a slow phone: evaluating the
// modules, then this, then the router, then hydration (itself in slices).
await yieldToBrowser();

const routes = createRoutes({ queryClient, api });
// A lazy page (the editor) must be loaded before hydrating, or the first render would not match the server's HTML.
await loadLazyMatches(routes, window.location.pathname);
const router = createBrowserRouter(routes, {
  hydrationData: payload ? toHydrationState(payload.router) : undefined,
});
await yieldToBrowser();

// In a transition, React hydrates in slices and yields to the browser between them (a plain hydrateRoot is
// one long task): a tap or a keypress during hydration is not held up behind it.
startTransition(() => {
  hydrateRoot(
    document.getElementById('root') as HTMLElement,
    <StrictMode>
      <AppProviders
        queryClient={queryClient}
        api={api}
        dates={dates}
        origin={window.location.origin}
        postedFeedback={payload?.postedFeedback}
        outboxHost={outboxHost}
      >
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
});

// Feedback an earlier visit could not deliver: load the outbox only when there is some.
if (hasPendingFeedback(outboxHost.storage)) {
  void import('../features/feedback/outbox').then(({ createOutbox }) => outboxHost.get(createOutbox).start());
}

registerServiceWorker();
