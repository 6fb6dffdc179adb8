import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SLUG, seedArticle } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const page = (url: string) => server.app.inject({ method: 'GET', url });
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

describe('server-rendered pages', () => {
  it('renders the article in the first HTML, with its title and data for hydration', async () => {
    const res = await page(`/article/${SEED_SLUG}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain(`<h1>${escapeHtml(seedArticle.headline)}</h1>`);
    expect(res.body).toMatch(/<head>[\s\S]*<title>‘A Meeting Between Equals’[^<]*\| CRBC News<\/title>[\s\S]*<\/head>/);
    expect(res.body).toContain('<script type="application/json" id="page-data">');
    expect(res.body).toContain('Jose Luis Magana/AP');
  });

  it('never lets content close the data script', async () => {
    const res = await page(`/article/${SEED_SLUG}`);
    const data = res.body.split('id="page-data">')[1]?.split('</script>')[0] ?? '';
    expect(data).not.toMatch(/[<>]/);
    expect(JSON.parse(data)).toHaveProperty('query');
  });

  it('sends the dates as it formatted them, so the browser hydrates without loading locale data', async () => {
    const res = await page(`/article/${SEED_SLUG}`);
    const { dates } = JSON.parse(res.body.split('id="page-data">')[1]?.split('</script>')[0] ?? '{}') as {
      dates: Record<string, string>;
    };
    const published = Object.entries(dates).find(([key]) => key.endsWith(`|${seedArticle.publishedAt}`));
    expect(published, 'the seed article publication date').toBeDefined();
    // Every date text sent is one the page shows.
    for (const text of Object.values(dates)) expect(res.body).toContain(text.split(', ').slice(0, 2).join(', '));
    expect(res.body).toContain(`Published <time dateTime="${seedArticle.publishedAt}">${published?.[1]}</time>`);
  });

  it.each(['/', '/section/politics', '/section/science'])('renders %s with status 200 and an h1', async (url) => {
    const res = await page(url);
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<h1[^>]*>/);
  });

  it.each(['/article/no-such-article', '/section/sport', '/no/such/page'])(
    'renders the not-found page for %s with 404',
    async (url) => {
      const res = await page(url);
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('<h1>Page not found</h1>');
    },
  );

  it('serves the page for a deep link with a query string', async () => {
    const res = await page(`/article/${SEED_SLUG}?utm_source=test`);
    expect(res.statusCode).toBe(200);
  });

  it('sends a strict content security policy with pages', async () => {
    const res = await page('/');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });
});

describe('security headers', () => {
  it.each(['/', `/article/${SEED_SLUG}`, '/api/publication'])('are sent with %s', async (url) => {
    const res = await page(url);
    const csp = String(res.headers['content-security-policy']);
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ])
      expect(csp).toContain(directive);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(String(res.headers['permissions-policy'])).toContain('camera=()');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses writes from another site', async () => {
    for (const headers of [
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
    ]) {
      const res = await server.app.inject({
        method: 'POST',
        url: `/api/articles/${SEED_SLUG}/views`,
        headers: { 'content-type': 'application/json', ...headers },
        payload: '{}',
      });
      expect(res.statusCode).toBe(403);
    }
  });

  it('accepts writes from the same origin', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: `/api/articles/${SEED_SLUG}/views`,
      headers: {
        'content-type': 'application/json',
        origin: 'http://localhost:80',
        host: 'localhost:80',
        'sec-fetch-site': 'same-origin',
      },
      payload: '{}',
    });
    expect(res.statusCode).toBe(204);
  });

  it('refuses over-long addresses with 414', async () => {
    expect((await page(`/article/${'a'.repeat(3000)}`)).statusCode).toBe(414);
  });
});

describe('page caching', () => {
  it('answers a conditional request for a page with 304 and no body', async () => {
    const first = await page('/section/science');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    const again = await server.app.inject({
      method: 'GET',
      url: '/section/science',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });
});
