import type { FastifyInstance } from 'fastify';
import { editorSignInSchema, feedbackReportQuerySchema, type FeedbackReport } from '../../contract/feedback';
import { formatIssues } from '../../contract/format-issues';
import type { ContentRepository } from '../content/content-repository';
import { sendProblem } from '../http/problem';
import type { FeedbackFilter, Store } from '../store/store';
import { toCsv } from './csv';
import { createSession, EDITOR_DISABLED, requireEditor, SESSION_COOKIE, tokenMatches } from './editor-auth';

type EditorRouteOptions = { content: ContentRepository; store: Store; token: string | undefined };

const RECENT_LIMIT = 200;

export function registerEditorRoutes(app: FastifyInstance, { content, store, token }: EditorRouteOptions): void {
  const onlyEditors = requireEditor(token);
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto' } as const;

  app.post(
    '/api/admin/session',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      if (!token) return sendProblem(reply, 403, EDITOR_DISABLED);
      const parsed = editorSignInSchema.safeParse(request.body);
      if (!parsed.success) return sendProblem(reply, 422, 'Enter the editor token', formatIssues(parsed.error));
      if (!tokenMatches(parsed.data.token, token)) return sendProblem(reply, 401, 'That token is not right');
      const session = createSession(token);
      return reply
        .setCookie(SESSION_COOKIE, session.value, { ...cookieOptions, maxAge: session.maxAgeSeconds })
        .code(204)
        .send();
    },
  );

  app.get('/api/admin/session', { preHandler: onlyEditors }, async (_request, reply) => reply.code(204).send());

  app.delete(
    '/api/admin/session',
    { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (_request, reply) => reply.clearCookie(SESSION_COOKIE, cookieOptions).code(204).send(),
  );

  const readFilter = (query: unknown): FeedbackFilter | ReturnType<typeof formatIssues> => {
    const parsed = feedbackReportQuerySchema.safeParse(query);
    if (!parsed.success) return formatIssues(parsed.error);
    const { includeSpam, ...rest } = parsed.data;
    return { ...rest, includeSpam: includeSpam === 'true' };
  };
  const headline = (slug: string) => content.summary(slug)?.headline ?? null;

  app.get('/api/admin/feedback', { preHandler: onlyEditors }, async (request, reply) => {
    const filter = readFilter(request.query);
    if (Array.isArray(filter)) return sendProblem(reply, 400, 'Invalid filter', filter);
    const articles = store.tallyFeedback(filter).map((t) => ({ ...t, headline: headline(t.articleSlug) }));
    const totals = articles.reduce(
      (sum, a) => ({ yes: sum.yes + a.yes, no: sum.no + a.no, errorReports: sum.errorReports + a.errorReports }),
      { yes: 0, no: 0, errorReports: 0 },
    );
    const recent = store
      .listFeedback({ ...filter, limit: RECENT_LIMIT })
      .map(({ publicId, ...item }) => ({ id: publicId, ...item }));
    return reply.header('cache-control', 'no-store').send({ totals, articles, recent } satisfies FeedbackReport);
  });

  app.get('/api/admin/feedback.csv', { preHandler: onlyEditors }, async (request, reply) => {
    const filter = readFilter(request.query);
    if (Array.isArray(filter)) return sendProblem(reply, 400, 'Invalid filter', filter);
    const rows = store
      .listFeedback({ ...filter, limit: 1_000_000 })
      .map((f) => [
        f.publicId,
        f.createdAt,
        f.articleSlug,
        headline(f.articleSlug),
        f.kind,
        f.helpful === null ? '' : f.helpful ? 'yes' : 'no',
        f.reasons.join('; '),
        f.category,
        f.comment,
        f.spam ? 'spam' : '',
      ]);
    const csv = toCsv(
      ['id', 'created_at', 'article', 'headline', 'kind', 'helpful', 'reasons', 'category', 'comment', 'spam'],
      rows,
    );
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', 'attachment; filename="feedback.csv"')
      .type('text/csv; charset=utf-8')
      .send(csv);
  });
}
