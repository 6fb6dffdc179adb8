import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { feedbackReportQuerySchema, spamVerdictSchema, type FeedbackReport } from '../../contract/feedback';
import { formatIssues } from '../../contract/format-issues';
import { sendProblem } from '../http/problem';
import { isJsonRequest } from '../http/request-guards';
import type { Store } from '../store/store';
import { sumTallies } from './sum-tallies';

type ReportRouteOptions = {
  store: Store;
  headline: (slug: string) => string | null;
  onlyEditors: preHandlerAsyncHookHandler;
};

const RECENT_LIMIT = 200;

export function registerReportRoutes(app: FastifyInstance, { store, headline, onlyEditors }: ReportRouteOptions): void {
  app.get('/api/admin/feedback', { preHandler: onlyEditors }, async (request, reply) => {
    const parsed = feedbackReportQuerySchema.safeParse(request.query);
    if (!parsed.success) return sendProblem(reply, 400, 'Invalid filter', formatIssues(parsed.error));
    const filter = parsed.data;
    const { spam: _view, ...selection } = filter;
    const [tallies, heldBack, daily, reasons, recent] = await Promise.all([
      store.tallyFeedback(filter),
      store.countSpam(selection),
      store.dailyRatings(filter),
      store.reasonCounts(filter),
      store.listFeedback({ ...filter, limit: RECENT_LIMIT }),
    ]);
    const report: FeedbackReport = {
      totals: { ...sumTallies(tallies), heldBack },
      daily,
      reasons,
      articles: tallies.map((t) => ({ ...t, headline: headline(t.articleSlug) })),
      recent: recent.map(({ publicId, ...item }) => ({ id: publicId, ...item })),
    };
    return reply.header('cache-control', 'no-store').send(report);
  });

  app.put('/api/admin/feedback/:id/spam', { preHandler: onlyEditors }, async (request, reply) => {
    if (!isJsonRequest(request)) return sendProblem(reply, 415, 'Send the verdict as application/json');
    const parsed = spamVerdictSchema.safeParse(request.body);
    if (!parsed.success) return sendProblem(reply, 422, 'Say whether it is spam', formatIssues(parsed.error));
    const { id } = request.params as { id: string };
    if (!(await store.markSpam(id, parsed.data.spam))) return sendProblem(reply, 404, 'No feedback item with this id');
    return reply.code(204).send();
  });
}
