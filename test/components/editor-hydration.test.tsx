import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import {
  createMemoryRouter,
  createStaticHandler,
  createStaticRouter,
  RouterProvider,
  StaticRouterProvider,
} from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLazyMatches } from '../../src/app/load-lazy-matches';
import { SHELL_ID } from '../../src/app/layout';
import { createRoutes } from '../../src/app/routes';
import { editorApi } from '../support/msw-editor';

const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });

/** What entry-server.tsx sends for a URL: the shell's HTML and the router's data. */
async function serverRender(url: string) {
  const queryClient = newClient();
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(new Request(new URL(url, 'http://localhost')));
  if (context instanceof Response) throw new Error('unexpected redirect');
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <StaticRouterProvider
        router={createStaticRouter(handler.dataRoutes, context)}
        context={context}
        hydrate={false}
      />
    </QueryClientProvider>,
  );
  return { body: html.slice(html.indexOf(`<div id="${SHELL_ID}"`)), loaderData: context.loaderData };
}

let root: Root | undefined;
beforeEach(() => editorApi.reset());
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

describe('editor page hydration', () => {
  it('hydrates the server’s loading state without a mismatch, then asks for the session', async () => {
    const { body, loaderData } = await serverRender('/editor');
    expect(body).toContain('Loading editor…');
    const container = document.createElement('div');
    container.innerHTML = body;
    document.body.append(container);
    const serverHeading = container.querySelector('h1');

    // As entry-client.tsx does: the lazy route's module first, so the first render is the server's tree.
    const routes = createRoutes(newClient());
    await loadLazyMatches(routes, '/editor');
    const router = createMemoryRouter(routes, { initialEntries: ['/editor'], hydrationData: { loaderData } });
    const recoverable: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(
        container,
        <QueryClientProvider client={newClient()}>
          <RouterProvider router={router} />
        </QueryClientProvider>,
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
