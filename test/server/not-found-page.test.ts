import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

// Random paths cost a render each and took a page-cache slot each, pushing real pages out.
let server: TestServer;
const rendered: string[] = [];
beforeAll(async () => {
  server = await createTestServer(undefined, { onRender: (url) => rendered.push(url) });
});
afterAll(() => server.close());

const get = (url: string) => server.app.inject({ method: 'GET', url });

describe('the not-found page', () => {
  it('is rendered once for any number of unknown paths, articles and sections', async () => {
    const paths = Array.from({ length: 20 }, (_, i) => [`/no/such/${i}`, `/article/missing-${i}`, `/section/x-${i}`]);
    for (const url of paths.flat()) {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('<h1>Page not found</h1>');
    }
    expect(rendered).toHaveLength(1);
  });

  it('does not push a cached article out of the page cache', async () => {
    expect((await get(`/article/${SEED_SLUG}`)).statusCode).toBe(200);
    for (let i = 0; i < 600; i++) await get(`/never-seen-${i}`);
    expect((await get(`/article/${SEED_SLUG}`)).statusCode).toBe(200);
    expect(rendered.filter((url) => url === `/article/${SEED_SLUG}`)).toHaveLength(1);
  });
});
