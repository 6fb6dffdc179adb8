import { http, HttpResponse, type RequestHandler } from 'msw';
import { feedbackSubmissionSchema } from '../../src/contract/feedback';
import { articles } from './fixtures';
import { problem } from './problem-response';

export const FEEDBACK_URL = '*/api/articles/:slug/feedback';

// Accepted submissions by idempotency key, as the real store keeps them (keys are random per test).
const accepted = new Map<string, { id: string; body: string }>();

/** POST /api/articles/:slug/feedback as docs/api.md specifies it: 201 new, 200 replayed, 404, 400, 422. */
export async function answerFeedback(request: Request, slug: string): Promise<Response> {
  if (!articles.some((a) => a.slug === slug)) return problem(404, 'No such article');
  const json: unknown = await request.json().catch(() => undefined);
  if (json === undefined) return problem(400, 'The body is not valid JSON');
  const parsed = feedbackSubmissionSchema.safeParse(json);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return problem(422, 'Some fields need attention', errors);
  }
  const key = parsed.data.idempotencyKey;
  const body = JSON.stringify(parsed.data);
  const earlier = accepted.get(key);
  if (earlier && earlier.body !== body) return problem(422, 'This key was already used for another submission');
  if (earlier) return HttpResponse.json({ id: earlier.id, status: 'replayed' }, { status: 200 });
  const id = `feedback-${accepted.size + 1}`;
  accepted.set(key, { id, body });
  return HttpResponse.json({ id, status: 'created' }, { status: 201 });
}

/** Default handlers for POST /api/articles/:slug/feedback (the widget's tests override per case). */
export const feedbackHandlers: RequestHandler[] = [
  http.post(FEEDBACK_URL, ({ request, params }) => answerFeedback(request, String(params.slug))),
];
