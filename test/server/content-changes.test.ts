import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFileSchema } from '../../src/contract/article-upgrade';
import { contentDirectory, SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

// Caches answer the front page, the article and its related boxes from memory; a change must reach all of them.
let server: TestServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-changes-'));
  cpSync(contentDirectory, dir, { recursive: true });
  server = await createTestServer(dir, { watch: true });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string) => server.app.inject({ method: 'GET', url });
const file = path.join(contentDirectory, 'articles', `${SEED_SLUG}.json`);

const target = () => path.join(dir, 'articles', path.basename(file));
/** Writes the seed article's file with these changes, as an editor would, and waits until readers see it. */
async function edit(changes: Record<string, unknown>) {
  writeFileSync(
    target(),
    JSON.stringify(articleFileSchema.parse({ ...JSON.parse(readFileSync(file, 'utf8')), ...changes })),
  );
  await new Promise<void>((resolve) => server.content.onChange(() => resolve()));
}

describe('a content change while serving', () => {
  it('shows a new headline on the front page, the article page, its API answer and the related boxes', async () => {
    const related = (await get(`/api/articles/${SEED_SLUG}`)).json<{ related: { slug: string }[] }>().related;
    const neighbour = related[0]?.slug ?? '';
    const neighbourRelated = (await get(`/api/articles/${neighbour}`)).json<{ related: { slug: string }[] }>();
    // Warm every cache first.
    for (const url of ['/', `/article/${SEED_SLUG}`, `/article/${neighbour}`])
      expect((await get(url)).statusCode).toBe(200);

    await edit({ headline: 'A corrected headline' });

    expect((await get('/')).body).toContain('A corrected headline');
    expect((await get(`/article/${SEED_SLUG}`)).body).toContain('<h1>A corrected headline</h1>');
    expect((await get(`/api/articles/${SEED_SLUG}`)).json()).toHaveProperty('article.headline', 'A corrected headline');
    if (neighbourRelated.related.some((r) => r.slug === SEED_SLUG))
      expect((await get(`/article/${neighbour}`)).body).toContain('A corrected headline');
  });

  it('answers 410 with a page for a removed article, and lists it nowhere', async () => {
    rmSync(target());
    await new Promise<void>((resolve) => server.content.onChange(() => resolve()));
    const api = await get(`/api/articles/${SEED_SLUG}`);
    expect(api.statusCode).toBe(410);
    const page = await get(`/article/${SEED_SLUG}`);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('<h1>This article has been removed</h1>');
    expect((await get('/api/articles?limit=50')).body).not.toContain(SEED_SLUG);
    expect((await get('/')).body).not.toContain(`/article/${SEED_SLUG}`);

    await edit({});
    expect((await get(`/article/${SEED_SLUG}`)).statusCode).toBe(200);
  });
});
