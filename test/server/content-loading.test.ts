import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/server/content/load-content';
import { parseArticleFile } from '../../src/server/content/parse-article-file';
import { articles, contentDirectory, sampleFileName, SEED_SLUG } from '../support/fixtures';
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

  it('checks one file on its own: a broken file’s problem names that file only', () => {
    const seed = articles.find((a) => a.slug === SEED_SLUG);
    expect(parseArticleFile('b.json', JSON.stringify(seed))).toMatchObject({ problems: [], dropped: [] });
    const broken = parseArticleFile('c.json', '{ not json');
    expect(broken.article).toBeUndefined();
    expect(broken.problems).toEqual([expect.objectContaining({ file: 'c.json', path: '(file)' })]);
  });

  it('serves the version it loaded when files change and nothing follows the folder: no 500, no broken page', async () => {
    const other = articles.find((a) => a.slug !== SEED_SLUG);
    if (!other) throw new Error('the sample content needs a second article');
    const server = await createTestServer(dir);
    const get = (slug: string) => server.app.inject({ method: 'GET', url: `/api/articles/${slug}` });
    try {
      const before = await get(other.slug);
      expect(before.statusCode).toBe(200);
      write(`${SEED_SLUG}.json`, '{ "edited": true }');
      rmSync(path.join(dir, 'articles', sampleFileName(other.slug)));
      expect((await get(SEED_SLUG)).statusCode).toBe(200);
      const again = await get(other.slug);
      expect(again.statusCode).toBe(200);
      expect(again.body).toBe(before.body);
    } finally {
      await server.close();
    }
  });
});
