import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { hasPendingFeedback } from '../features/feedback/outbox-key';
import { createQueryClient } from '../lib/query-client';
import { DATA_ELEMENT_ID, toHydrationState, type PagePayload } from './hydration';
import { loadLazyMatches } from './load-lazy-matches';
import { registerServiceWorker } from './register-service-worker';
import { reloadOnStaleChunk } from './reload-on-stale-chunk';
import { createRoutes } from './routes';
import '../styles/global.css';

if (import.meta.env.DEV) {
  void import('../contract/blocks').then(({ setUnknownBlockHandler }) =>
    setUnknownBlockHandler((type, index) => console.warn(`Skipped body block ${index} of unknown type`, type)),
  );
}

reloadOnStaleChunk();

const payload = JSON.parse(document.getElementById(DATA_ELEMENT_ID)?.textContent ?? 'null') as PagePayload | null;
const queryClient = createQueryClient();
if (payload) hydrate(queryClient, payload.query);

const routes = createRoutes(queryClient);
// A lazy page (the editor) must be loaded before hydrating, or the first render would not match the server's HTML.
await loadLazyMatches(routes, window.location.pathname);
const router = createBrowserRouter(routes, {
  hydrationData: payload ? toHydrationState(payload.router) : undefined,
});

hydrateRoot(
  document.getElementById('root') as HTMLElement,
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);

// Feedback an earlier visit could not deliver: load the outbox only when there is some.
if (hasPendingFeedback()) void import('../features/feedback/outbox').then((outbox) => outbox.startOutbox());

registerServiceWorker();
