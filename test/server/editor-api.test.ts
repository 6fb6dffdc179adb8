import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackReportSchema } from '../../src/contract/feedback';
import { SEED_SLUG } from '../support/fixtures';
import { manualClock } from '../support/manual-clock';
import { createTestServer, type TestServer } from '../support/server-app';

const TOKEN = 'editor-token-for-tests';
// A second before midnight UTC: the day the feedback is stamped with is the injected clock's, never the host's.
const DAY = '2026-11-20';
const clock = manualClock(Date.parse(`${DAY}T23:59:59.000Z`));
let server: TestServer;

const postFeedback = (body: Record<string, unknown>, slug = SEED_SLUG) =>
  server.app.inject({
    method: 'POST',
    url: `/api/articles/${slug}/feedback`,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ idempotencyKey: randomUUID(), timeOnPageMs: 10_000, ...body }),
  });
const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers });
const bearer = { authorization: `Bearer ${TOKEN}` };

beforeAll(async () => {
  server = await createTestServer(undefined, { adminToken: TOKEN, feedbackRateLimit: 1000, clock });
  await postFeedback({ kind: 'rating', helpful: true, reasons: ['Clear', 'Informative'] });
  await postFeedback({
    kind: 'rating',
    helpful: false,
    reasons: ['Missing context'],
    comment: '=HYPERLINK("http://evil")',
  });
  await postFeedback({
    kind: 'error-report',
    category: 'Factual error',
    comment: '<script>alert(1)</script> wrong date',
  });
  await postFeedback({ kind: 'rating', helpful: true, reasons: [], website: 'bot' });
  await postFeedback({ kind: 'rating', helpful: false, reasons: [] }, 'why-leaves-change-colour');
});
afterAll(() => server.close());

describe('editor access', () => {
  it('answers 401 with no data without credentials', async () => {
    for (const url of ['/api/admin/feedback', '/api/admin/feedback.csv', '/api/admin/session']) {
      const res = await get(url);
      expect(res.statusCode).toBe(401);
      expect(res.body).not.toContain(SEED_SLUG);
    }
  });

  it('answers 401 for a wrong bearer token', async () => {
    expect((await get('/api/admin/feedback', { authorization: 'Bearer wrong-token-xxxxxxxx' })).statusCode).toBe(401);
  });

  it('signs in with the token: an HttpOnly, SameSite=Strict cookie that then opens the report', async () => {
    const wrong = await server.app.inject({ method: 'POST', url: '/api/admin/session', payload: { token: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();

    const res = await server.app.inject({ method: 'POST', url: '/api/admin/session', payload: { token: TOKEN } });
    expect(res.statusCode).toBe(204);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).not.toContain(TOKEN);
    const cookie = setCookie.split(';')[0] as string;
    expect((await get('/api/admin/session', { cookie })).statusCode).toBe(204);
    expect((await get('/api/admin/feedback', { cookie })).statusCode).toBe(200);
  });

  it('refuses a forged or expired session cookie', async () => {
    const forged = `broadsheet_editor=${Date.now() + 100_000}.not-a-signature`;
    expect((await get('/api/admin/feedback', { cookie: forged })).statusCode).toBe(401);
    expect((await get('/api/admin/feedback', { cookie: 'broadsheet_editor=1.abc' })).statusCode).toBe(401);
  });

  it('answers 403 explaining how to enable editing when no token is configured', async () => {
    const off = await createTestServer();
    try {
      const res = await off.app.inject({ method: 'GET', url: '/api/admin/feedback', headers: bearer });
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toContain('FEEDBACK_ADMIN_TOKEN');
    } finally {
      await off.close();
    }
  });
});

describe('feedback report', () => {
  it('totals per article with reason tallies, without spam by default', async () => {
    const report = feedbackReportSchema.parse((await get('/api/admin/feedback', bearer)).json());
    expect(report.totals).toEqual({
      yes: 1,
      no: 2,
      errorReports: 1,
      heldBack: 1,
      reasons: { Clear: 1, Informative: 1, 'Missing context': 1 },
    });
    const seed = report.articles.find((a) => a.articleSlug === SEED_SLUG);
    expect(seed).toMatchObject({
      yes: 1,
      no: 1,
      errorReports: 1,
      reasons: { Clear: 1, Informative: 1, 'Missing context': 1 },
    });
    expect(seed?.headline).toContain('A Meeting Between Equals');
    expect(report.recent).toHaveLength(4);
    expect(report.recent.map((r) => r.createdAt)).toEqual([...report.recent.map((r) => r.createdAt)].sort().reverse());
  });

  it('includes spam only when asked', async () => {
    const report = feedbackReportSchema.parse((await get('/api/admin/feedback?spam=include', bearer)).json());
    expect(report.recent.filter((r) => r.spam)).toHaveLength(1);
    expect(report.recent).toHaveLength(5);
  });

  it('filters by article and date', async () => {
    const byArticle = feedbackReportSchema.parse(
      (await get('/api/admin/feedback?article=why-leaves-change-colour', bearer)).json(),
    );
    expect(byArticle.recent.map((r) => r.articleSlug)).toEqual(['why-leaves-change-colour']);
    const future = feedbackReportSchema.parse((await get('/api/admin/feedback?from=2999-01-01', bearer)).json());
    expect(future.recent).toEqual([]);
    const thatDay = feedbackReportSchema.parse((await get(`/api/admin/feedback?from=${DAY}&to=${DAY}`, bearer)).json());
    expect(thatDay.recent).toHaveLength(4);
    const nextDay = feedbackReportSchema.parse((await get('/api/admin/feedback?from=2026-11-21', bearer)).json());
    expect(nextDay.recent).toEqual([]);
  });

  it('answers 400 naming a bad filter', async () => {
    const res = await get('/api/admin/feedback?from=yesterday', bearer);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('from');
  });
});

describe('CSV export', () => {
  it('exports one row per submission and neutralises formula cells', async () => {
    const res = await get('/api/admin/feedback.csv', bearer);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment');
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      '"id","created_at","article","headline","kind","helpful","reasons","category","comment","spam"',
    );
    expect(lines).toHaveLength(5);
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(res.body).not.toMatch(/(^|,)"=/m);
  });
});
