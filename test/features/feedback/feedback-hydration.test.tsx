import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../../../src/app/app-providers';
import type { PostedFeedback } from '../../../src/contract/feedback-form';
import { ErrorReportForm } from '../../../src/features/feedback/components/error-report-form';
import { HelpUsImprove } from '../../../src/features/feedback/components/help-us-improve';
import { RatingForm } from '../../../src/features/feedback/components/rating-form';
import { FeedbackFormsProvider } from '../../../src/features/feedback/feedback-forms-context';
import { OutboxProvider } from '../../../src/features/feedback/outbox-context';
import { createOutboxHost, type OutboxHost } from '../../../src/features/feedback/outbox-host';
import { createApiClient, fetchTransport } from '../../../src/lib/api-client';
import { createDateFormat } from '../../../src/lib/format-date';
import { createTestQueryClient } from '../../support/render-app';
import { sentMemoryKey } from '../../support/feedback';
import { SEED_SLUG } from '../../support/fixtures';
import { server } from '../../support/msw-server';

afterEach(() => localStorage.clear());

// The widget lives inside the app's data router (it guards unsent drafts with the router's blocker). As the entries
// make it: the server with no outbox (and so no storage), the browser with its one outbox host over localStorage.
const inRouter = (host?: OutboxHost) => (
  <OutboxProvider host={host}>
    <RouterProvider router={createMemoryRouter([{ path: '*', element: <HelpUsImprove slug={SEED_SLUG} /> }])} />
  </OutboxProvider>
);
const browserHost = () => createOutboxHost({ api: createApiClient(fetchTransport), storage: () => localStorage });

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
    hydrateRoot(container, inRouter(browserHost()), { onRecoverableError: (e) => recoverable.push(e) }),
  );

  // A mismatch would be a recoverable error (and a console.error, which fails the test).
  expect(recoverable).toEqual([]);
  expect(screen.getByText('You’ve already sent feedback on this article — thank you.')).toBeInTheDocument();
  act(() => root.unmount());
  container.remove();
});

// As entry-server.tsx and entry-client.tsx make it: the post in the page data, the server with the forms
// themselves, the browser with their lazy chunks.
const pageWithPost = (posted: PostedFeedback, forServer: boolean) => {
  const widget = (
    <RouterProvider
      router={createMemoryRouter([{ path: '*', element: <HelpUsImprove slug={SEED_SLUG} /> }], {
        initialEntries: [`/article/${SEED_SLUG}`],
      })}
    />
  );
  return (
    <AppProviders
      queryClient={createTestQueryClient()}
      api={createApiClient(fetchTransport)}
      dates={createDateFormat()}
      postedFeedback={posted}
      origin="http://localhost"
    >
      {forServer ? (
        <FeedbackFormsProvider forms={{ RatingForm, ErrorReportForm }}>{widget}</FeedbackFormsProvider>
      ) : (
        widget
      )}
    </AppProviders>
  );
};

/** An error report the server refused as a plain form post: no category chosen. */
const refusedErrorReport = (): PostedFeedback => ({
  slug: SEED_SLUG,
  kind: 'error-report',
  idempotencyKey: randomUUID(),
  helpful: true,
  reasons: [],
  comment: 'The meeting lasted two hours, not three.',
  category: '',
  errors: [{ field: 'category', message: 'Choose what kind of error it is' }],
});

it('hydrates the answer to a refused plain form post as the server rendered it: answers, errors and key', async () => {
  const posted = refusedErrorReport();
  const page = (forServer: boolean) => pageWithPost(posted, forServer);
  const html = renderToString(page(true));
  expect(html).not.toContain('Loading…');
  expect(html).toContain(`name="idempotencyKey" value="${posted.idempotencyKey}"`);

  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const recoverable: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(container, page(false), { onRecoverableError: (e) => recoverable.push(e) }),
  );
  expect(recoverable).toEqual([]);

  // Once its chunk has loaded, the form is React's: typing updates the count, the text and the error are kept.
  const description = await screen.findByLabelText('Describe the error');
  expect(description).toHaveValue(posted.comment);
  expect(screen.getByRole('alert')).toHaveTextContent('Choose what kind of error it is');
  await userEvent.type(description, '!');
  expect(
    await screen.findByText(`${(2_000 - posted.comment.length - 1).toLocaleString('en-US')} characters remaining`),
  ).toBeInTheDocument();
  expect(recoverable).toEqual([]);
  act(() => root.unmount());
  container.remove();
});

it('keeps what the reader chose before the form’s script arrived, and sends it', async () => {
  const posted = refusedErrorReport();
  const sent: unknown[] = [];
  server.use(
    http.post('*/api/articles/:slug/feedback', async ({ request }) => {
      sent.push(await request.json());
      return HttpResponse.json({ id: 1, status: 'created' }, { status: 201 });
    }),
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(pageWithPost(posted, true));
  document.body.append(container);
  // Ticked in the server's HTML, before React has the form: the browser shows it chosen.
  within(container).getByRole('radio', { name: 'Factual error' }).click();

  const root = await act(async () => hydrateRoot(container, pageWithPost(posted, false)));
  await screen.findByLabelText('Describe the error');
  await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
  await screen.findByText('Thank you for reporting this — an editor will look into it.');
  expect(sent).toMatchObject([{ kind: 'error-report', category: 'Factual error', comment: posted.comment }]);
  act(() => root.unmount());
  container.remove();
});
