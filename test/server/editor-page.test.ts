import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SLUG, seedArticle } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

const TOKEN = 'editor-token-for-page-tests';
const COMMENT = 'A distinctive comment only editors should read';
let server: TestServer;

beforeAll(async () => {
  server = await createTestServer(undefined, { adminToken: TOKEN, feedbackRateLimit: 1000 });
  const res = await server.app.inject({
    method: 'POST',
    url: `/api/articles/${SEED_SLUG}/feedback`,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({
      idempotencyKey: randomUUID(),
      kind: 'error-report',
      category: 'Factual error',
      comment: COMMENT,
      timeOnPageMs: 10_000,
    }),
  });
  expect(res.statusCode).toBeLessThan(300);
});
afterAll(() => server.close());

describe('server-rendered editor page', () => {
  it('renders a neutral loading state, with no feedback data, even for a signed-in editor', async () => {
    const signIn = await server.app.inject({ method: 'POST', url: '/api/admin/session', payload: { token: TOKEN } });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0] as string;
    // The feedback is there for an editor who asks the API...
    expect(
      (await server.app.inject({ method: 'GET', url: '/api/admin/feedback', headers: { cookie } })).body,
    ).toContain(COMMENT);

    // ...but the page's HTML and its hydration data never carry it: the browser asks after loading.
    for (const headers of [{}, { cookie }]) {
      const res = await server.app.inject({ method: 'GET', url: '/editor?article=' + SEED_SLUG, headers });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('Loading editor…');
      expect(res.body).not.toContain(COMMENT);
      expect(res.body).not.toContain('Factual error');
      expect(res.body).not.toContain(seedArticle.headline.slice(0, 20));
      expect(res.body).not.toContain('Editor token');
      expect(res.body).toMatch(/<head>[\s\S]*<title>Reader feedback \|[^<]*<\/title>[\s\S]*<\/head>/);
      expect(res.body).toMatch(/<head>[\s\S]*<meta name="robots" content="noindex"\/>[\s\S]*<\/head>/);
    }
  });
});
