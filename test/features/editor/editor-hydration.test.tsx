import { hydrate } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../src/app/app-providers';
import { render } from '../../../src/app/entry-server';
import { toHydrationState, type PagePayload } from '../../../src/app/hydration';
import { loadLazyMatches } from '../../../src/app/load-lazy-matches';
import { SHELL_ID } from '../../../src/app/layout';
import { createRoutes } from '../../../src/app/routes';
import { createApiClient, fetchTransport } from '../../../src/lib/api-client';
import { createDateFormat } from '../../../src/lib/format-date';
import { serveRealApi } from '../../support/real-api';
import { createTestQueryClient } from '../../support/render-app';

let root: Root | undefined;
serveRealApi({ paths: '*/api/admin/*' });
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

describe('editor page hydration', () => {
  it('hydrates the server’s loading state without a mismatch, then asks for the session', async () => {
    // The real server render (entry-server.tsx), its API calls answered by the mocked network.
    const page = await render('/editor', (path, init) => fetch(new URL(path, 'http://localhost/'), init), {
      origin: 'http://localhost',
    });
    if (page.kind !== 'page') throw new Error('unexpected redirect');
    expect(page.body).toContain('The editor needs JavaScript');
    expect(page.body).not.toContain('Loading editor…');
    const container = document.createElement('div');
    container.innerHTML = page.body;
    document.body.append(container);
    const serverHeading = container.querySelector('h1');

    // As entry-client.tsx does: the page data first, then the lazy route's module, so the first render is the
    // server's tree.
    const payload = JSON.parse(page.data) as PagePayload;
    const queryClient = createTestQueryClient();
    hydrate(queryClient, payload.query);
    const api = createApiClient(fetchTransport);
    const routes = createRoutes({ queryClient, api });
    await loadLazyMatches(routes, '/editor');
    const router = createMemoryRouter(routes, {
      initialEntries: ['/editor'],
      hydrationData: toHydrationState(payload.router),
    });
    const recoverable: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(
        container,
        <AppProviders
          queryClient={queryClient}
          api={api}
          dates={createDateFormat(payload.dates)}
          origin="http://localhost"
        >
          <RouterProvider router={router} />
        </AppProviders>,
        { onRecoverableError: (error) => recoverable.push(error) },
      );
    });

    expect(recoverable).toEqual([]);
    // React kept the server's elements rather than replacing them.
    expect(container.querySelector('h1')).toBe(serverHeading);
    expect(await screen.findByRole('heading', { level: 1, name: 'Editor sign in' })).toBeInTheDocument();
    // One shell: an empty first render would leave the server's HTML behind and build a second one after it.
    expect(container.querySelectorAll(`#${SHELL_ID}`)).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
