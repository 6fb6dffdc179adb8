import { afterAll, beforeAll, expect, it } from 'vitest';
import { render } from '../../src/app/entry-server';
import { injectTransport } from '../../src/server/render/page-renderer';
import { articles } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

const ORIGIN = 'http://127.0.0.1:3000';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

it('gives each render its own API calls, even when renders overlap', async () => {
  const inProcess = injectTransport(server.app);
  const [first, second] = articles;
  if (!first || !second) throw new Error('the sample content has at least two articles');
  const calls = { first: [] as string[], second: [] as string[] };
  // The first render's answers are slow, so the second starts while the first still waits.
  const slow = new Promise((resolve) => setImmediate(resolve));
  const pages = await Promise.all([
    render(
      `/article/${first.slug}`,
      async (path, init) => {
        calls.first.push(path);
        await slow;
        return inProcess(path, init);
      },
      { origin: ORIGIN },
    ),
    render(
      `/article/${second.slug}`,
      async (path, init) => {
        calls.second.push(path);
        return inProcess(path, init);
      },
      { origin: ORIGIN },
    ),
  ]);

  expect(calls.first).toContain(`/api/articles/${first.slug}`);
  expect(calls.first).not.toContain(`/api/articles/${second.slug}`);
  expect(calls.second).toContain(`/api/articles/${second.slug}`);
  expect(calls.second).not.toContain(`/api/articles/${first.slug}`);
  const [firstPage, secondPage] = pages.map((page) => (page.kind === 'page' ? page.body : ''));
  expect(firstPage).toContain(first.headline.replace(/&/g, '&amp;'));
  expect(secondPage).toContain(second.headline.replace(/&/g, '&amp;'));
});
