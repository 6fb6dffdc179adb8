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
});
