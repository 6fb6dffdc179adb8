import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadedContent } from '../../src/server/content/load-content';
import { articles as sampleArticles } from '../support/fixtures';
import { INERT, REJECTED, writeHostileContent } from '../support/hostile-content';
import { createTestServer, type TestServer } from '../support/server-app';

let dir: string;
let loaded: LoadedContent;
let server: TestServer;
beforeAll(async () => {
  dir = writeHostileContent();
  loaded = await loadContent(dir);
  server = await createTestServer(dir);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('hostile content at load', () => {
  it.each(Object.entries(REJECTED))('rejects %s naming the file and each field', (file, [, fieldPaths]) => {
    const reports = loaded.problems.filter((p) => path.basename(p.file) === file);
    expect(reports.map((p) => p.path)).toEqual(expect.arrayContaining(fieldPaths));
  });

  it('keeps serving every good article, and the inert ones', async () => {
    expect((await server.app.inject(`/api/articles/${sampleArticles[0]?.slug}`)).statusCode).toBe(200);
    const slugs = loaded.summaries().map((a) => a.slug);
    for (const a of sampleArticles) expect(slugs).toContain(a.slug);
    for (const slug of Object.keys(INERT)) expect(slugs).toContain(slug);
    expect(slugs).toHaveLength(sampleArticles.length + Object.keys(INERT).length);
  });

  it('drops unknown blocks with a notice naming file, path and type, and serves the rest of the article', async () => {
    expect(loaded.notices.filter((n) => n.file.endsWith('inert-unknown-blocks.json'))).toEqual([
      expect.objectContaining({ path: 'body.0', message: expect.stringContaining('"video"') }),
      expect.objectContaining({ path: 'body.1', message: expect.stringContaining('"html"') }),
      expect.objectContaining({ path: 'body.3', message: expect.stringContaining('undefined') }),
    ]);
    const res = await server.app.inject({ method: 'GET', url: '/api/articles/inert-unknown-blocks' });
    expect(res.json()).toMatchObject({
      article: { body: [{ type: 'paragraph', content: ['Kept after unknown blocks.'] }] },
    });
  });
});

describe('hostile content in the rendered page', () => {
  it.each(Object.keys(INERT))(
    'renders %s as text: no script, no handler attribute, no javascript: URL',
    async (slug) => {
      const res = await server.app.inject({ method: 'GET', url: `/article/${slug}` });
      expect(res.statusCode).toBe(200);
      // The rendered app: everything between the root element and the page-data script the server adds.
      const body =
        res.body.split('<div id="root">')[1]?.split('<script type="application/json" id="page-data">')[0] ?? '';
      expect(body).toContain('<h1>');
      // Structured data is a JSON block, never run; with no `<` inside, content cannot close it.
      const executable = body.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '');
      expect(executable).not.toMatch(/<script/i);
      expect(body).not.toMatch(/<[^>]+\son[a-z]+=/i);
      expect(body).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
    },
  );

  it('shows the script-looking text to the reader as text', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/article/inert-script-text' });
    expect(res.body).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt; Headline');
  });
});
