import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as entry from '../../src/app/entry-server';
import { buildApp } from '../../src/server/app';
import { createPageRenderer, injectTransport } from '../../src/server/render/page-renderer';
import type { FastifyInstance } from 'fastify';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, pageTemplate, type TestServer } from '../support/server-app';

// Random paths cost a render each and took a page-cache slot each, pushing real pages out.
let server: TestServer;
let app: FastifyInstance;
const rendered: string[] = [];
beforeAll(async () => {
  server = await createTestServer();
  const render = createPageRenderer(async () => entry, pageTemplate);
  app = await buildApp({
    content: server.content,
    store: server.store,
    renderPage: (url) => {
      rendered.push(url);
      return render(url);
    },
  });
  entry.setTransport(injectTransport(app));
});
afterAll(async () => {
  await app.close();
  await server.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

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
