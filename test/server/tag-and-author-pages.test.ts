import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorPageSchema, tagPageSchema } from '../../src/contract/api';
import { loadAuthors } from '../../src/server/content/load-authors';
import { articles, contentDirectory } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const get = (url: string) => server.app.inject({ method: 'GET', url });
const tagged = (name: string) =>
  articles.filter((a) => a.tags.some((t) => t.toLowerCase() === name.toLowerCase())).map((a) => a.slug);
const byAuthor = (name: string) => articles.filter((a) => a.byline.some((b) => b.name === name)).map((a) => a.slug);

describe('GET /api/tags/:slug', () => {
  it('lists the articles carrying the tag, newest first, with the tag as written', async () => {
    const res = await get('/api/tags/history');
    expect(res.statusCode).toBe(200);
    const page = tagPageSchema.parse(res.json());
    expect(page.tag).toEqual({ slug: 'history', name: 'History' });
    expect(page.items.map((i) => i.slug)).toEqual(tagged('History'));
    expect(page.items.length).toBeGreaterThan(1);
  });

  it('finds a tag of several words by its slug', async () => {
    const page = tagPageSchema.parse((await get('/api/tags/latin-america')).json());
    expect(page.tag.name).toBe('Latin America');
    expect(page.items.map((i) => i.slug)).toEqual(tagged('Latin America'));
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = tagPageSchema.parse(
        (await get(`/api/tags/history?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json(),
      );
      expect(page.items).toHaveLength(1);
      seen.push(...page.items.map((i) => i.slug));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(tagged('History'));
  });

  it('answers 404 for a tag no article has, and 400 naming the parameter for a bad cursor or limit', async () => {
    expect((await get('/api/tags/no-such-tag')).statusCode).toBe(404);
    const cursor = await get('/api/tags/history?cursor=bm90LWEta2V5');
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().errors).toEqual([expect.objectContaining({ path: 'cursor' })]);
    const limit = await get('/api/tags/history?limit=0');
    expect(limit.statusCode).toBe(400);
    expect(JSON.stringify(limit.json().errors)).toContain('limit');
  });
});

describe('GET /api/authors/:slug', () => {
  it('gives the profile written as content and the author’s articles', async () => {
    const page = authorPageSchema.parse((await get('/api/authors/ana-ruiz')).json());
    expect(page.author).toMatchObject({ slug: 'ana-ruiz', name: 'Ana Ruiz', role: 'Diplomatic correspondent' });
    expect(page.author.bio).toMatch(/diplomacy/);
    expect(page.items.map((i) => i.slug)).toEqual(byAuthor('Ana Ruiz'));
  });

  it('gives the byline’s name alone for an author without a profile', async () => {
    const page = authorPageSchema.parse((await get('/api/authors/leila-haddad')).json());
    expect(page.author).toEqual({ slug: 'leila-haddad', name: 'Leila Haddad' });
    expect(page.items.map((i) => i.slug)).toEqual(byAuthor('Leila Haddad'));
  });

  it('answers 404 for a name in no byline and with no profile', async () => {
    expect((await get('/api/authors/nobody-at-all')).statusCode).toBe(404);
  });
});

describe('tag and author pages', () => {
  it('renders a tag page on the server with its name as the h1 and its articles', async () => {
    const res = await get('/tag/latin-america');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Latin America</h1>');
    const first = articles.find((a) => a.tags.includes('Latin America'));
    expect(res.body).toContain(`href="/article/${first?.slug}"`);
  });

  it('renders an author page with name, role and bio', async () => {
    const res = await get('/author/ana-ruiz');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Ana Ruiz</h1>');
    expect(res.body).toContain('Diplomatic correspondent');
  });

  it('answers the not-found page with 404 for an unknown tag or author', async () => {
    for (const url of ['/tag/no-such-tag', '/author/nobody-at-all']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).toContain('Page not found');
    }
  });

  it('links an article’s tags and byline to their pages', async () => {
    const res = await get('/article/how-a-state-visit-comes-together');
    expect(res.body).toMatch(/<a[^>]*href="\/author\/ana-ruiz"[^>]*>Ana Ruiz<\/a>/);
    expect(res.body).toMatch(/<a[^>]*href="\/tag\/heads-of-state"[^>]*>Heads of state<\/a>/);
  });
});

describe('author profiles as content', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-authors-'));
    cpSync(contentDirectory, dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, json: unknown) =>
    writeFileSync(path.join(dir, 'authors', name), typeof json === 'string' ? json : JSON.stringify(json));

  it('loads every sample profile with no problems', async () => {
    const { profiles, problems } = await loadAuthors(contentDirectory);
    expect(problems).toEqual([]);
    expect(profiles.get('ana-ruiz')?.name).toBe('Ana Ruiz');
  });

  it('names the file and the field of a bad profile, and leaves it out', async () => {
    write('daniel-cho.json', { name: 'Daniel Cho', bio: 42 });
    write('leila-haddad.json', { name: 'Leila Haddad', age: 40 });
    write('wrong-name.json', { name: 'Jonas Berg' });
    write('broken.json', '{ not json');
    const { profiles, problems } = await loadAuthors(dir);
    const at = (file: string) => problems.filter((p) => p.file === path.join(dir, 'authors', file));
    expect(at('daniel-cho.json')).toEqual([expect.objectContaining({ path: 'bio' })]);
    expect(at('leila-haddad.json')[0]?.message).toMatch(/age/);
    expect(at('wrong-name.json')).toEqual([
      expect.objectContaining({ path: 'name', message: expect.stringContaining('jonas-berg.json') }),
    ]);
    expect(at('broken.json')).toEqual([expect.objectContaining({ path: '(file)' })]);
    for (const slug of ['daniel-cho', 'leila-haddad', 'jonas-berg', 'broken']) expect(profiles.has(slug)).toBe(false);
  });
});
