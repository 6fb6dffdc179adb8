import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { feedbackSubmissionSchema } from '../../contract/feedback';
import {
  COMMENT_LABELS,
  feedbackStepUrl,
  FORM_STEPS,
  formErrorsFromIssues,
  readFeedbackForm,
  type FormError,
  type FormStep,
  type PostedFeedback,
} from '../../contract/feedback-form';
import type { ContentRepository } from '../content/content-repository';
import { sendProblem } from '../http/problem';
import type { RenderedPage } from '../render/rendered-page';
import type { AcceptFeedback } from './accept-feedback';
import { clientKey } from './client-key';
import { paths, routePatterns } from '../../lib/paths';

const FORM_TYPE = 'application/x-www-form-urlencoded';
/** A 2,000-character comment percent-encoded takes up to 12 bytes a character (4 UTF-8 bytes, 3 characters each). */
export const FORM_BODY_LIMIT = 32 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The article page again, with the refused post's answers and errors in its form. */
export type RenderRefusedPost = (request: FastifyRequest, url: string, posted: PostedFeedback) => Promise<RenderedPage>;

export type FeedbackFormRouteOptions = {
  content: ContentRepository;
  accept: AcceptFeedback;
  /** Absent when the app renders no pages (API-only tests): a refusal is answered as problem+json. */
  render?: RenderRefusedPost;
};

/**
 * `POST /article/:slug`: the "Help us improve" widget as plain HTML forms, for a reader without JavaScript. The
 * same acceptor as the JSON API (validation by the same schema, idempotency key, redaction, rate limit); the
 * request guards (app.ts) refuse cross-site posts before this runs, as for any write. Accepted, it redirects
 * (303) to the article's thank-you step; refused, it renders the article with the form, the reader's answers and
 * the errors, under the refusal's status.
 */
export function registerFeedbackFormRoute(app: FastifyInstance, { content, accept, render }: FeedbackFormRouteOptions) {
  // In its own scope: no other route accepts form bodies (a cross-site form could send one to them).
  void app.register(async (scope) => {
    scope.addContentTypeParser(FORM_TYPE, { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT }, (_request, body, done) =>
      done(null, new URLSearchParams(String(body))),
    );

    scope.post(routePatterns.article, { bodyLimit: FORM_BODY_LIMIT }, async (request, reply) => {
      const { slug } = request.params as { slug: string };
      if (!(request.body instanceof URLSearchParams))
        return sendProblem(reply, 415, `Send the feedback form as ${FORM_TYPE}`);
      if (!content.summary(slug)) return sendProblem(reply, 404, 'No article at this address');
      const fields = request.body;

      // Yes, No or "Report an error": nothing is stored yet; the next step's form gets a key of its own.
      const choice = fields.get('choose');
      if (choice !== null) {
        if (!(FORM_STEPS as readonly string[]).includes(choice))
          return sendProblem(reply, 422, 'choose must be yes, no or report', [
            { path: 'choose', message: 'Use yes, no or report' },
          ]);
        return reply.redirect(feedbackStepUrl(slug, { step: choice as FormStep, key: randomUUID() }), 303);
      }

      const { posted, input } = readFeedbackForm(slug, fields);
      const refuse = async (status: number, errors: FormError[], idempotencyKey = posted.idempotencyKey) => {
        if (!render)
          return sendProblem(
            reply,
            status,
            errors.map((e) => e.message).join(' '),
            errors.map((e) => ({ path: e.field ?? '(root)', message: e.message })),
          );
        const page = await render(request, paths.article(slug), {
          ...posted,
          idempotencyKey,
          errors,
        });
        return reply.code(status).type('text/html; charset=utf-8').send(page.html);
      };

      // A form that lost its key (edited by hand) is shown again with a new one rather than a message about keys.
      if (!UUID.test(posted.idempotencyKey))
        return refuse(422, [{ message: 'Please send the form again.' }], randomUUID());
      const parsed = feedbackSubmissionSchema.safeParse(input);
      if (!parsed.success) return refuse(422, formErrorsFromIssues(parsed.error.issues, COMMENT_LABELS[posted.kind]));

      const acceptance = await accept({ slug, submission: parsed.data, client: clientKey(request) });
      switch (acceptance.kind) {
        case 'created':
        case 'replayed':
        case 'duplicate':
          return reply.redirect(feedbackStepUrl(slug, { step: posted.kind === 'rating' ? 'sent' : 'reported' }), 303);
        case 'conflict':
          // The reader went back after sending and changed their answers: a new key sends these as new.
          return refuse(
            422,
            [{ message: 'This form was already sent with other answers. Send it again to send these too.' }],
            randomUUID(),
          );
        case 'limited':
          reply.header('retry-after', String(acceptance.retryAfterS));
          return refuse(429, [
            {
              message: `Too many submissions from you just now. Wait ${acceptance.retryAfterS} seconds, then send again.`,
            },
          ]);
        case 'unavailable':
          return refuse(503, [
            { message: 'Your feedback could not be saved just now. Wait a minute, then send again.' },
          ]);
      }
    });
  });
}
