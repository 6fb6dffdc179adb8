import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent, readArticleFile } from '../../src/server/content/load-content';
import { articles, contentDirectory, SEED_SLUG } from '../support/fixtures';
import { createTestServer } from '../support/server-app';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-content-'));
  cpSync(contentDirectory, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Buffer) => writeFileSync(path.join(dir, 'articles', name), content);

describe('loading content', () => {
  it('loads every sample article with no problems', async () => {
    const loaded = await loadContent(contentDirectory);
    expect(loaded.problems).toEqual([]);
    expect(loaded.articles).toHaveLength(articles.length);
  });

  it('skips a bad file, names the file and field, and keeps the rest', async () => {
    write('bad.json', JSON.stringify({ schemaVersion: 1, slug: 'bad', section: 'politics' }));
    const { articles: loaded, problems } = await loadContent(dir);
    expect(loaded).toHaveLength(articles.length);
    expect(problems.every((p) => p.file.endsWith('bad.json'))).toBe(true);
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['headline', 'summary', 'byline', 'publishedAt']),
    );
  });

  it('reports truncated JSON, non-UTF-8 bytes, unknown sections and duplicate slugs', async () => {
    write('truncated.json', '{"schemaVersion": 1, "slug": "tru');
    write('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    const seed = JSON.parse(JSON.stringify(articles.find((a) => a.slug === SEED_SLUG)));
    write('wrong-section.json', JSON.stringify({ ...seed, slug: 'wrong-section', section: 'sport' }));
    write('zz-duplicate.json', JSON.stringify(seed));
    const { articles: loaded, problems } = await loadContent(dir);
    expect(loaded).toHaveLength(articles.length);
    const byFile = Object.fromEntries(problems.map((p) => [path.basename(p.file), p]));
    expect(byFile['truncated.json']?.path).toBe('(file)');
    expect(byFile['latin1.json']?.path).toBe('(file)');
    expect(byFile['wrong-section.json']).toMatchObject({ path: 'section' });
    expect(byFile['zz-duplicate.json']).toMatchObject({ path: 'slug' });
  });

  it('drops unknown blocks with a notice and still serves the article', async () => {
    const seed = JSON.parse(JSON.stringify(articles.find((a) => a.slug === SEED_SLUG)));
    seed.body.unshift({ type: 'interactiveMap', src: '/map' });
    write(`${SEED_SLUG}.json`, JSON.stringify(seed));
    const { articles: loaded, notices } = await loadContent(dir);
    expect(notices).toEqual([
      expect.objectContaining({ path: 'body.0', message: expect.stringContaining('interactiveMap') }),
    ]);
    const record = loaded.find((a) => a.summary.slug === SEED_SLUG);
    expect(record && (await readArticleFile(record)).body[0]).toMatchObject({ type: 'paragraph' });
  });

  it('starts and serves the good articles when one file is bad', async () => {
    write('broken.json', '{ not json');
    const server = await createTestServer(dir);
    try {
      expect((await server.app.inject({ method: 'GET', url: `/api/articles/${SEED_SLUG}` })).statusCode).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('reads bodies on demand: an article already served keeps serving, one whose file went bad is a 500 naming the file', async () => {
    const other = articles.find((a) => a.slug !== SEED_SLUG);
    if (!other) throw new Error('the sample content needs a second article');
    const server = await createTestServer(dir);
    const get = (slug: string) => server.app.inject({ method: 'GET', url: `/api/articles/${slug}` });
    try {
      const before = await get(SEED_SLUG);
      expect(before.statusCode).toBe(200);
      // Both files are replaced after start: content is loaded once, so neither change is picked up.
      write(`${SEED_SLUG}.json`, '{ "edited": true }');
      write(`${other.slug}.json`, '{ not json');
      const again = await get(SEED_SLUG);
      expect(again.statusCode).toBe(200);
      expect(again.body).toBe(before.body);
      const broken = await get(other.slug);
      expect(broken.statusCode).toBe(500);
      expect(broken.json()).toMatchObject({ status: 500, detail: 'Something went wrong on our side.' });
      // The list still has it (summaries stay in memory), and everything else still serves.
      expect((await server.app.inject({ method: 'GET', url: '/api/articles?limit=50' })).statusCode).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('says which file changed when a body can no longer be read', async () => {
    const { articles: loaded } = await loadContent(dir);
    const record = loaded.find((a) => a.summary.slug === SEED_SLUG);
    if (!record) throw new Error('the seed article did not load');
    rmSync(record.file);
    await expect(readArticleFile(record)).rejects.toThrow(`Content file ${record.file} changed or went missing`);
  });
});
