import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, expect, it, vi } from 'vitest';
import { HelpUsImprove } from '../../src/features/feedback/components/help-us-improve';
import { sentMemoryKey } from '../support/feedback';
import { SEED_SLUG } from '../support/fixtures';

afterEach(() => localStorage.clear());

// The widget lives inside the app's data router (it guards unsent drafts with the router's blocker).
const inRouter = () => (
  <RouterProvider router={createMemoryRouter([{ path: '*', element: <HelpUsImprove slug={SEED_SLUG} /> }])} />
);

it('renders the question on the server without storage, and hydrates without a mismatch', async () => {
  localStorage.setItem(sentMemoryKey(SEED_SLUG), '2026-02-04T10:00:00.000Z');
  const onServer = inRouter();
  const getItem = vi.spyOn(Storage.prototype, 'getItem');
  const html = renderToString(onServer);
  expect(getItem).not.toHaveBeenCalled();
  expect(html).toContain('Was this article helpful?');
  expect(html).not.toContain('already sent');

  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const recoverable: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(container, inRouter(), { onRecoverableError: (e) => recoverable.push(e) }),
  );

  // A mismatch would be a recoverable error (and a console.error, which fails the test).
  expect(recoverable).toEqual([]);
  expect(screen.getByText('You’ve already sent feedback on this article — thank you.')).toBeInTheDocument();
  act(() => root.unmount());
  container.remove();
});
