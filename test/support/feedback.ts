import { screen } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach } from 'vitest';
import { stopOutbox } from '../../src/features/feedback/outbox';
import { OUTBOX_KEY } from '../../src/features/feedback/outbox-key';
import { SEED_SLUG, seedArticle } from './fixtures';
import { answerFeedback, FEEDBACK_URL } from './msw-feedback';
import { server } from './msw-server';
import { renderApp } from './render-app';

/**
 * Each test starts with no outbox, no remembered sends and no retry timer, and leaves none behind: a
 * submission saved by one test must never be delivered, or counted, in the next.
 */
export function isolateFeedbackStorage(): void {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await stopOutbox();
    localStorage.clear();
  });
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

export type Received = { slug: string; body: Record<string, unknown>; status: number };

/** Every feedback request the "server" gets, with the status it answered (0: the network failed). */
export function recordFeedback(
  respond: (request: Request, slug: string) => Response | Promise<Response> = answerFeedback,
): Received[] {
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
