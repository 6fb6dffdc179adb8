import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AppProviders } from '../../src/app/app-providers';
import { createRoutes } from '../../src/app/routes';
import { createOutboxHost, type OutboxHost } from '../../src/features/feedback/outbox-host';
import { createApiClient, fetchTransport } from '../../src/lib/api-client';
import { createDateFormat } from '../../src/lib/format-date';

/** A fresh QueryClient that never retries, as every test wants. */
export const createTestQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });

type RenderAppOptions = {
  /** The app's outbox, for tests that drive or stop it (see isolateFeedbackStorage); else a fresh one. */
  outboxHost?: OutboxHost;
};

/** The real route table in a memory router, with the app's providers, as entry-client.tsx makes them. */
export function renderApp(path: string, options: RenderAppOptions = {}) {
  const queryClient = createTestQueryClient();
  const api = createApiClient(fetchTransport);
  const outboxHost = options.outboxHost ?? createOutboxHost({ api, storage: () => localStorage });
  const router = createMemoryRouter(createRoutes({ queryClient, api }), { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(
    <AppProviders
      queryClient={queryClient}
      api={api}
      dates={createDateFormat()}
      origin="http://localhost"
      outboxHost={outboxHost}
    >
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, router, queryClient, user };
}
