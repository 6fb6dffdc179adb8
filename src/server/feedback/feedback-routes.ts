import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  MIN_TIME_ON_PAGE_MS,
  feedbackSubmissionSchema,
  type FeedbackReceipt,
  type FeedbackSubmission,
} from '../../contract/feedback';
import { formatIssues } from '../../contract/format-issues';
import { redactPersonalDetails } from '../../contract/redact';
import type { ContentRepository } from '../content/content-repository';
import { sendProblem } from '../http/problem';
import { isJsonRequest } from '../http/request-guards';
import { clientKey } from './client-key';
import type { FeedbackWriter } from './feedback-writer';
import { stableHash } from './stable-hash';
import { StoreUnavailableError, type Store } from '../store/store';

type Validated = { slug: string; submission: FeedbackSubmission };
declare module 'fastify' {
  interface FastifyRequest {
    feedback?: Validated;
  }
}

function spamReason(submission: FeedbackSubmission): string | null {
  if (submission.website) return 'honeypot';
  if (submission.timeOnPageMs !== undefined && submission.timeOnPageMs < MIN_TIME_ON_PAGE_MS) return 'too-fast';
  return null;
}

export type FeedbackRouteOptions = {
  content: ContentRepository;
  store: Store;
  writer: FeedbackWriter;
  rateLimit: number;
  /** Adds a route that validates like the real one but stores nothing: the benchmark's baseline. */
  benchRoutes?: boolean;
};

export function registerFeedbackRoutes(
  app: FastifyInstance,
  { content, store, writer, rateLimit, benchRoutes = false }: FeedbackRouteOptions,
): void {
  // First requests for a key that are still being written: a concurrent retry gets 409, not a second row.
  const inFlight = new Map<string, string>();

  // Runs before the rate limiter (a preHandler), so requests that fail here never count against the client.
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

  app.post(
    '/api/articles/:slug/feedback',
    {
      bodyLimit: 16 * 1024,
      preValidation: validate((request) => (request.params as { slug: string }).slug),
      config: { rateLimit: { max: rateLimit, timeWindow: '1 minute', hook: 'preHandler', keyGenerator: clientKey } },
    },
    async (request, reply) => {
      const { slug, submission } = request.feedback as Validated;
      const bodyHash = stableHash({ slug, ...submission });
      const key = submission.idempotencyKey;

      const receipt = (publicId: string, status: FeedbackReceipt['status']) =>
        reply.code(status === 'created' ? 201 : 200).send({ id: publicId, status } satisfies FeedbackReceipt);
      const conflict = () =>
        sendProblem(reply, 422, 'This idempotency key was already used for a different submission', [
          { path: 'idempotencyKey', message: 'Already used for a different submission; generate a new key' },
        ]);

      const existing = store.findFeedbackKey(key);
      if (existing) return existing.bodyHash === bodyHash ? receipt(existing.publicId, 'replayed') : conflict();
      if (inFlight.has(key)) return sendProblem(reply, 409, 'This submission is still being saved; retry shortly');

      inFlight.set(key, bodyHash);
      try {
        const comment = submission.comment ? redactPersonalDetails(submission.comment).text : null;
        const publicId = randomUUID();
        const stored = await writer.write({
          publicId,
          idempotencyKey: key,
          bodyHash,
          articleSlug: slug,
          kind: submission.kind,
          helpful: submission.kind === 'rating' ? submission.helpful : null,
          reasons: submission.kind === 'rating' ? submission.reasons : [],
          comment,
          category: submission.kind === 'error-report' ? submission.category : null,
          spamReason: spamReason(submission),
          createdAt: new Date().toISOString(),
        });
        if (stored.bodyHash !== bodyHash) return conflict();
        return receipt(stored.publicId, stored.publicId === publicId ? 'created' : 'replayed');
      } catch (error) {
        if (error instanceof StoreUnavailableError) {
          request.log.error({ err: error.cause }, 'feedback store cannot write');
          return sendProblem(reply, 503, 'Feedback cannot be saved right now; it will be retried');
        }
        throw error;
      } finally {
        inFlight.delete(key);
      }
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
