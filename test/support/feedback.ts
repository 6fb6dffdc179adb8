import { screen } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach } from 'vitest';
import { stopOutbox } from '../../src/features/feedback/outbox';
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
 * submission saved by one test must never be delivered, or counted, in the next. The API is the real server,
 * a fresh one (and a fresh store) per test: replays, refusals and ids are its own, never a mock's copy.
 */
export function isolateFeedbackStorage() {
  const api = serveRealApi({ feedbackRateLimit: 1_000, paths: FEEDBACK_URL });
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await stopOutbox();
    localStorage.clear();
  });

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

  return { api, answerFeedback, recordFeedback };
}

export const SENT = 'Thank you — your feedback was sent.';
export const SAVED = 'Saved — we’ll send it when you’re back online.';
export const REPORT_SENT = 'Thank you for reporting this — an editor will look into it.';
export const sentMemoryKey = (slug: string) => `broadsheet:feedback-sent:${slug}`;

/** The seed article through the real routes; resolves with its "Help us improve" region. */
export async function renderArticleWidget() {
  const app = renderApp(`/article/${SEED_SLUG}`);
  await screen.findByRole('heading', { level: 1, name: seedArticle.headline });
  const region = screen.getByRole('region', { name: 'Help us improve' });
  return { ...app, region };
}

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
