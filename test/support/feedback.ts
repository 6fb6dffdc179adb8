import { screen } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach } from 'vitest';
import { createOutbox, type Outbox } from '../../src/features/feedback/outbox';
import { createOutboxHost, type OutboxHost } from '../../src/features/feedback/outbox-host';
import { createApiClient, fetchTransport } from '../../src/lib/api-client';
import { OUTBOX_KEY } from '../../src/features/feedback/outbox-key';
import { SEED_SLUG, seedArticle } from './fixtures';
import { server } from './msw-server';
import { serveRealApi } from './real-api';
import { renderApp } from './render-app';

export const FEEDBACK_URL = '*/api/articles/:slug/feedback';

export type Received = { slug: string; body: Record<string, unknown>; status: number };
type Respond = (request: Request, slug: string) => Response | Promise<Response>;

/**
 * Each test starts with no outbox, no remembered sends and no retry timer, and leaves none behind: a
 * submission saved by one test must never be delivered, or counted, in the next. Each test gets its own outbox
 * (over localStorage and the browser's fetch, as entry-client.tsx makes it), stopped when the test ends. The API
 * is the real server, a fresh one (and a fresh store) per test: replays, refusals and ids are its own, never a
 * mock's copy.
 */
export function isolateFeedbackStorage() {
  const api = serveRealApi({ feedbackRateLimit: 1_000, paths: FEEDBACK_URL });
  let host: OutboxHost = createOutboxHost({ api: createApiClient(fetchTransport), storage: () => localStorage });
  /** This test's outbox: the one the rendered widget uses. */
  const outbox = (): Outbox => host.get(createOutbox);
  beforeEach(() => {
    localStorage.clear();
    host = createOutboxHost({ api: createApiClient(fetchTransport), storage: () => localStorage });
  });
  afterEach(async () => {
    await outbox().stop();
    localStorage.clear();
  });

  /** The seed article through the real routes, with this test's outbox; resolves with its "Help us improve" region. */
  async function renderArticleWidget() {
    const app = renderApp(`/article/${SEED_SLUG}`, { outboxHost: host });
    await screen.findByRole('heading', { level: 1, name: seedArticle.headline });
    const region = screen.getByRole('region', { name: 'Help us improve' });
    return { ...app, region };
  }

  /** What the real server answers to a feedback post. */
  const answerFeedback: Respond = (request) => api.forward(request);

  /** Every feedback request the server gets, with the status it answered (0: the network failed). */
  function recordFeedback(respond: Respond = answerFeedback): Received[] {
    const received: Received[] = [];
    server.use(
      http.post(FEEDBACK_URL, async ({ request, params }) => {
        const slug = String(params.slug);
        const body = (await request.clone().json()) as Record<string, unknown>;
        const response = await respond(request, slug);
        received.push({ slug, body, status: response.status });
        return response;
      }),
    );
    return received;
  }

  return { api, outbox, renderArticleWidget, answerFeedback, recordFeedback };
}

export const SENT = 'Thank you — your feedback was sent.';
export const SAVED = 'Saved — we’ll send it when you’re back online.';
export const REPORT_SENT = 'Thank you for reporting this — an editor will look into it.';
export const sentMemoryKey = (slug: string) => `broadsheet:feedback-sent:${slug}`;

export function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export function storedOutbox(): { slug: string; body: Record<string, unknown> }[] {
  return JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]') as { slug: string; body: Record<string, unknown> }[];
}
