import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AppProviders } from '../../src/app/app-providers';
import { createRoutes } from '../../src/app/routes';
import { createApiClient, fetchTransport } from '../../src/lib/api-client';
import { createDateFormat } from '../../src/lib/format-date';

/** A fresh QueryClient that never retries, as every test wants. */
export const createTestQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });

/** The real route table in a memory router, with the app's providers, as entry-client.tsx makes them. */
export function renderApp(path: string) {
  const queryClient = createTestQueryClient();
  const api = createApiClient(fetchTransport);
  const router = createMemoryRouter(createRoutes({ queryClient, api }), { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={queryClient} api={api} dates={createDateFormat()} origin="http://localhost">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, router, queryClient, user };
}
