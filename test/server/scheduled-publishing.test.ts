import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDirectory, SEED_SLUG } from '../support/fixtures';
import { manualClock } from '../support/manual-clock';
import { createTestServer, type TestServer } from '../support/server-app';

const NOW = Date.parse('2030-06-01T09:00:00.000Z');
const PUBLISH_AT = '2030-06-01T12:00:00.000Z';
const SLUG = 'a-scheduled-story';

let server: TestServer;
let dir: string;
const clock = manualClock(NOW);
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-schedule-'));
  cpSync(contentDirectory, dir, { recursive: true });
  // A copy of the seed article, under another slug, with its publication still to come and every tag shared.
  const seed = JSON.parse(readFileSync(path.join(dir, 'articles', `${SEED_SLUG}.json`), 'utf8')) as object;
  const scheduled = {
    ...seed,
    slug: SLUG,
    headline: 'Embargoed until noon',
    publishedAt: PUBLISH_AT,
    updatedAt: undefined,
  };
  writeFileSync(path.join(dir, 'articles', `${SLUG}.json`), JSON.stringify(scheduled));
  server = await createTestServer(dir, { clock });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string) => server.app.inject({ method: 'GET', url });

describe('an article with a future publishedAt', () => {
  it('is absent everywhere until its time: lists, API, page, related, trending, views', async () => {
    const neverWas = await get('/article/no-such-story');
    const page = await get(`/article/${SLUG}`);
    expect(page.statusCode).toBe(404);
    expect(page.body).toBe(neverWas.body); // the 404 says nothing a never-published slug's would not
    const api = await get(`/api/articles/${SLUG}`);
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual((await get('/api/articles/no-such-story')).json());
    for (const url of [
      '/',
      '/api/articles?limit=50',
      '/api/trending',
      `/api/articles/${SEED_SLUG}`,
      `/article/${SEED_SLUG}`,
    ])
      expect((await get(url)).body, url).not.toContain(SLUG);
    const view = await server.app.inject({ method: 'POST', url: `/api/articles/${SLUG}/views`, payload: {} });
    expect(view.statusCode).toBe(404);
  });

  it('appears everywhere within two seconds of its time, with no restart', async () => {
    clock.advance(Date.parse(PUBLISH_AT) - NOW - 1);
    expect((await get(`/api/articles/${SLUG}`)).statusCode).toBe(404);
    clock.advance(2_000);
    expect((await get(`/api/articles/${SLUG}`)).statusCode).toBe(200);
    const page = await get(`/article/${SLUG}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Embargoed until noon</h1>');
    expect((await get('/')).body).toContain('Embargoed until noon');
    expect((await get(`/api/articles/${SEED_SLUG}`)).body).toContain(SLUG); // it shares every tag
  });
});
