import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publication, SEED_SLUG, seedArticle } from '../support/fixtures';
import { escapeHtml } from '../browser/support/content';
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
  it('renders the publication’s masthead, sections and footer like every other page', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/editor' });
    const name = escapeHtml(publication.name);
    expect(res.body).toMatch(new RegExp(`<p class="masthead-name"><a[^>]* href="/"[^>]*>${name}</a></p>`));
    const nav = res.body.match(/<nav aria-label="Sections"[\s\S]*?<\/nav>/)?.[0] ?? '';
    for (const section of publication.sections)
      expect(nav).toMatch(new RegExp(`href="/section/${section.id}"[^>]*>${escapeHtml(section.name)}</a>`));
    expect(res.body).toMatch(new RegExp(`<footer class="site-footer"><p>© <!-- -->${name}<!-- -->\\.`));
    expect(res.body).toMatch(/<noscript><p class="editor-noscript">The editor needs JavaScript\./);
  });

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
      // Nothing says "Loading…" to a visitor whose browser will never run the scripts.
      expect(res.body).not.toContain('Loading editor…');
      expect(res.body).toContain('The editor needs JavaScript');
      expect(res.body).not.toContain(COMMENT);
      expect(res.body).not.toContain('Factual error');
      expect(res.body).not.toContain(seedArticle.headline.slice(0, 20));
      expect(res.body).not.toContain('Editor token');
      expect(res.body).toMatch(/<head>[\s\S]*<title>Reader feedback \|[^<]*<\/title>[\s\S]*<\/head>/);
      expect(res.body).toMatch(/<head>[\s\S]*<meta name="robots" content="noindex"\/>[\s\S]*<\/head>/);
    }
  });
});
