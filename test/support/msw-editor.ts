import { http, HttpResponse, type RequestHandler } from 'msw';
import type { FeedbackItem, FeedbackReport } from '../../src/contract/feedback';
import { articles, SEED_SLUG } from './fixtures';
import { problem } from './problem-response';

export const EDITOR_TOKEN = 'correct-editor-token-for-tests';
export const OTHER_SLUG = 'why-leaves-change-colour';
export const EDITOR_DISABLED_DETAIL =
  'The editor is not enabled on this server. Set the FEEDBACK_ADMIN_TOKEN environment variable (16 characters or more) and restart.';

const item = (
  fields: Partial<FeedbackItem> & Pick<FeedbackItem, 'id' | 'articleSlug' | 'createdAt'>,
): FeedbackItem => ({
  kind: 'rating',
  helpful: true,
  reasons: [],
  comment: null,
  category: null,
  spam: false,
  ...fields,
});

/** What readers sent, newest first: two articles, comments that try to be HTML, ratings without comments. */
export const editorFeedback: FeedbackItem[] = [
  item({
    id: 'f6',
    articleSlug: SEED_SLUG,
    createdAt: '2026-11-24T10:00:00.000Z',
    kind: 'error-report',
    helpful: null,
    category: 'Factual error',
    comment: '<script>alert(1)</script> wrong date',
  }),
  item({
    id: 'f5',
    articleSlug: OTHER_SLUG,
    createdAt: '2026-11-23T09:00:00.000Z',
    helpful: false,
    reasons: ['Hard to follow'],
    comment: '<img src=x onerror=alert(1)>',
  }),
  item({
    id: 'f4',
    articleSlug: SEED_SLUG,
    createdAt: '2026-11-22T08:00:00.000Z',
    reasons: ['Clear', 'Informative'],
    comment: 'Very clear, thank you',
  }),
  item({
    id: 'f3',
    articleSlug: SEED_SLUG,
    createdAt: '2026-11-21T08:00:00.000Z',
    helpful: false,
    reasons: ['Missing context'],
  }),
  item({ id: 'f2', articleSlug: SEED_SLUG, createdAt: '2026-11-20T08:00:00.000Z', reasons: ['Clear'] }),
  item({
    id: 'f1',
    articleSlug: OTHER_SLUG,
    createdAt: '2026-11-19T08:00:00.000Z',
    kind: 'error-report',
    helpful: null,
    category: 'Out of date',
    comment: 'The figures are from last year',
  }),
];

/** The report the server builds, over `editorFeedback`, with the same filters (`from`/`to` inclusive, UTC). */
export function buildReport(items: FeedbackItem[], params: URLSearchParams): FeedbackReport {
  const article = params.get('article');
  const from = params.get('from');
  const to = params.get('to');
  const selected = items.filter(
    (f) =>
      (!article || f.articleSlug === article) &&
      (!from || f.createdAt.slice(0, 10) >= from) &&
      (!to || f.createdAt.slice(0, 10) <= to),
  );
  const bySlug = new Map<string, FeedbackReport['articles'][number]>();
  for (const f of selected) {
    const tally = bySlug.get(f.articleSlug) ?? {
      articleSlug: f.articleSlug,
      headline: articles.find((a) => a.slug === f.articleSlug)?.headline ?? null,
      yes: 0,
      no: 0,
      errorReports: 0,
      reasons: {},
    };
    if (f.kind === 'error-report') tally.errorReports += 1;
    else if (f.helpful) tally.yes += 1;
    else tally.no += 1;
    for (const reason of f.reasons) tally.reasons[reason] = (tally.reasons[reason] ?? 0) + 1;
    bySlug.set(f.articleSlug, tally);
  }
  const tallies = [...bySlug.values()];
  const sum = (key: 'yes' | 'no' | 'errorReports') => tallies.reduce((n, t) => n + t[key], 0);
  return {
    totals: { yes: sum('yes'), no: sum('no'), errorReports: sum('errorReports'), heldBack: 0, reasons: {} },
    daily: [],
    reasons: [],
    articles: tallies,
    recent: selected,
  };
}

const noContent = () => new HttpResponse(null, { status: 204 });

/**
 * The editor API's state, standing in for the HttpOnly cookie the browser would hold.
 * Tests call `editorApi.reset()` before each case and may start signed in.
 */
export const editorApi = {
  signedIn: false,
  feedback: editorFeedback,
  reset({ signedIn = false, feedback = editorFeedback }: { signedIn?: boolean; feedback?: FeedbackItem[] } = {}) {
    editorApi.signedIn = signedIn;
    editorApi.feedback = feedback;
  },
};

/** Every editor endpoint answering 403 as a server without FEEDBACK_ADMIN_TOKEN does. */
export const editorDisabledHandlers = [http.all('*/api/admin/*', () => problem(403, EDITOR_DISABLED_DETAIL))];

/** Default handlers for /api/admin/* (the editor's tests override per case). */
export const editorHandlers: RequestHandler[] = [
  http.post('*/api/admin/session', async ({ request }) => {
    const body = (await request.json().catch(() => null)) as { token?: unknown } | null;
    if (typeof body?.token !== 'string' || body.token === '') return problem(422, 'Enter the editor token');
    if (body.token !== EDITOR_TOKEN) return problem(401, 'That token is not right');
    editorApi.signedIn = true;
    return noContent();
  }),
  http.get('*/api/admin/session', () =>
    editorApi.signedIn ? noContent() : problem(401, 'Sign in with the editor token'),
  ),
  http.delete('*/api/admin/session', () => {
    editorApi.signedIn = false;
    return noContent();
  }),
  http.get('*/api/admin/feedback', ({ request }) => {
    if (!editorApi.signedIn) return problem(401, 'Sign in with the editor token');
    return HttpResponse.json(buildReport(editorApi.feedback, new URL(request.url).searchParams));
  }),
];
