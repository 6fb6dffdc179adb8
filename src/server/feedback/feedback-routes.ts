import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { feedbackSubmissionSchema, type FeedbackReceipt, type FeedbackSubmission } from '../../contract/feedback';
import { formatIssues } from '../../contract/format-issues';
import type { ContentRepository } from '../content/content-repository';
import { sendProblem } from '../http/problem';
import { isJsonRequest } from '../http/request-guards';
import type { Store } from '../store/store';
import { createFeedbackAcceptor, DUPLICATE_WINDOW_MS, type Acceptance } from './accept-feedback';
import { clientKey } from './client-key';
import { registerFeedbackFormRoute, type RenderRefusedPost } from './feedback-form-route';
import { FeedbackWriter } from './feedback-writer';
import { stableHash } from './stable-hash';
import { createSubmissionLimit } from './submission-limit';

type Validated = { slug: string; submission: FeedbackSubmission };
declare module 'fastify' {
  interface FastifyRequest {
    feedback?: Validated;
  }
}

export type FeedbackRouteOptions = {
  content: ContentRepository;
  store: Store;
  /** Accepted new submissions per client per minute. */
  rateLimit: number;
  /** Adds a route that validates like the real one but stores nothing: the benchmark's baseline. */
  benchRoutes?: boolean;
  /** When a submission arrived, in epoch ms; tests inject a clock. */
  now?: () => number;
  /** Renders the article again for a refused plain form post (feedback-form-route.ts). */
  renderRefusedPost?: RenderRefusedPost;
};

/** How an acceptance is answered over the JSON API. */
function answer(reply: FastifyReply, acceptance: Acceptance): FastifyReply {
  switch (acceptance.kind) {
    case 'created':
    case 'replayed':
    case 'duplicate':
      return reply
        .code(acceptance.kind === 'created' ? 201 : 200)
        .send({ id: acceptance.publicId, status: acceptance.kind } satisfies FeedbackReceipt);
    case 'conflict':
      return sendProblem(reply, 422, 'This idempotency key was already used for a different submission', [
        { path: 'idempotencyKey', message: 'Already used for a different submission; generate a new key' },
      ]);
    case 'limited':
      reply.header('retry-after', String(acceptance.retryAfterS));
      return sendProblem(reply, 429, `Too many submissions; try again in ${acceptance.retryAfterS} seconds`);
    case 'unavailable':
      // Logged once per episode by the store (resilient-store.ts), not once per request.
      return sendProblem(reply, 503, 'Feedback cannot be saved right now; it will be retried');
  }
}

export function registerFeedbackRoutes(
  app: FastifyInstance,
  { content, store, rateLimit, benchRoutes = false, now = Date.now, renderRefusedPost }: FeedbackRouteOptions,
): void {
  const writer = new FeedbackWriter(store, DUPLICATE_WINDOW_MS);
  const accept = createFeedbackAcceptor(store, writer, createSubmissionLimit(rateLimit), now);
  // Everything acknowledged is already durable; this waits for the batch being written, then the store closes.
  app.addHook('onClose', async () => writer.drained());

  const validate = (slugOf: (request: FastifyRequest) => string) =>
    async function validate(request: FastifyRequest, reply: FastifyReply) {
      if (!isJsonRequest(request)) return sendProblem(reply, 415, 'Send feedback as application/json');
      const slug = slugOf(request);
      if (!content.summary(slug)) return sendProblem(reply, 404, 'No article at this address');
      const parsed = feedbackSubmissionSchema.safeParse(request.body);
      if (!parsed.success) {
        const errors = formatIssues(parsed.error);
        return sendProblem(reply, 422, `Please correct: ${errors.map((e) => e.path).join(', ')}`, errors);
      }
      request.feedback = { slug, submission: parsed.data };
    };

  // The same acceptor for the widget's plain HTML forms (no JavaScript).
  registerFeedbackFormRoute(app, { content, accept, render: renderRefusedPost });

  app.post(
    '/api/articles/:slug/feedback',
    { bodyLimit: 16 * 1024, preValidation: validate((request) => (request.params as { slug: string }).slug) },
    async (request, reply) => {
      const { slug, submission } = request.feedback as Validated;
      return answer(reply, await accept({ slug, submission, client: clientKey(request) }));
    },
  );

  if (benchRoutes) {
    app.post(
      '/api/bench/feedback-validate-only',
      { bodyLimit: 16 * 1024, preValidation: validate(() => content.newestSummaries(1)[0]?.slug ?? '') },
      async (request, reply) => {
        const { slug, submission } = request.feedback as Validated;
        stableHash({ slug, ...submission });
        return reply.code(201).send({ id: randomUUID(), status: 'created' } satisfies FeedbackReceipt);
      },
    );
  }
}
