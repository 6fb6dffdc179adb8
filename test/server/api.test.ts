import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleDetailSchema, articleListSchema, frontPageSchema, trendingSchema } from '../../src/contract/api';
import { publicationSchema } from '../../src/contract/publication';
import { LEAD_SUMMARY_CHARS, LIST_SUMMARY_CHARS } from '../../src/server/content/front-page';
import { articles, publication, SEED_SLUG, summaries } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers });

describe('GET /api/publication', () => {
  it('returns the publication with its sections', async () => {
    const res = await get('/api/publication');
    expect(res.statusCode).toBe(200);
    const publication = publicationSchema.parse(res.json());
    expect(publication.name).toBe('CRBC News');
    expect(publication.sections.map((s) => s.name)).toContain('Politics');
  });
});

describe('GET /api/articles', () => {
  it('lists summaries newest first', async () => {
    const { items, nextCursor } = articleListSchema.parse((await get('/api/articles')).json());
    expect(items).toHaveLength(articles.length);
    expect(items.map((i) => i.publishedAt)).toEqual([...items.map((i) => i.publishedAt)].sort().reverse());
    expect(items[0]?.slug).toBe(SEED_SLUG);
    expect(nextCursor).toBeNull();
    expect(items[0]).not.toHaveProperty('body');
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = articleListSchema.parse((await get(`/api/articles?limit=3${query}`)).json());
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((i) => i.slug));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(articles.map((a) => a.slug));
  });

  it('filters by section', async () => {
    const { items } = articleListSchema.parse((await get('/api/articles?section=politics')).json());
    expect(items.length).toBeGreaterThan(1);
    expect(items.every((i) => i.section === 'politics')).toBe(true);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=51', 'limit'],
    ['section=Not%20A%20Section', 'section'],
    ['cursor=%%%', 'cursor'],
    ['cursor=bm9wZQ', 'cursor'],
    ['sort=oldest', 'sort'],
  ])('answers 400 naming the parameter for ?%s', async (query, name) => {
    const res = await get(`/api/articles?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toContain(name);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(name);
  });

  it('answers 404 for a well-formed section that does not exist', async () => {
    const res = await get('/api/articles?section=sport');
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toContain('sport');
  });
});

describe('GET /api/front', () => {
  it('leads with the newest five, then each section’s newest that are not among them, each story once', async () => {
    const res = await get('/api/front');
    expect(res.statusCode).toBe(200);
    const { top, sections } = frontPageSchema.parse(res.json());
    expect(top.map((s) => s.slug)).toEqual(summaries.slice(0, 5).map((s) => s.slug));
    const shown = new Set(top.map((s) => s.slug));
    const expected = publication.sections.flatMap(({ id }) => {
      const items = summaries.filter((s) => s.section === id && !shown.has(s.slug)).slice(0, 4);
      return items.length ? [{ id, slugs: items.map((s) => s.slug) }] : [];
    });
    expect(sections.map(({ id, items }) => ({ id, slugs: items.map((s) => s.slug) }))).toEqual(expected);
    const all = [...top, ...sections.flatMap((s) => s.items)].map((s) => s.slug);
    expect(new Set(all).size, 'no story twice').toBe(all.length);
  });

  it('cuts summaries at a word to what a list shows, the lead’s longer', async () => {
    const { top, sections } = frontPageSchema.parse((await get('/api/front')).json());
    const [lead, ...rest] = [...top, ...sections.flatMap((s) => s.items)];
    for (const [story, limit] of [
      [lead, LEAD_SUMMARY_CHARS],
      ...rest.map((s) => [s, LIST_SUMMARY_CHARS] as const),
    ] as const) {
      if (!story) throw new Error('no stories');
      const full = summaries.find((s) => s.slug === story.slug)?.summary ?? '';
      expect(story.summary.length, story.slug).toBeLessThanOrEqual(limit);
      if (story.summary === full) continue;
      expect(story.summary, story.slug).toMatch(/\S…$/);
      expect(full.startsWith(story.summary.slice(0, -1)), story.slug).toBe(true);
      expect(full[story.summary.length - 1], `${story.slug} is cut between words`).toMatch(/[\s,;:.]/);
    }
  });

  it('refuses a parameter it does not take, naming it', async () => {
    const res = await get('/api/front?section=politics');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'section' })]);
  });
});

describe('GET /api/articles/:slug', () => {
  it('returns the full article with related summaries, explicit related first', async () => {
    const res = await get(`/api/articles/${SEED_SLUG}`);
    expect(res.statusCode).toBe(200);
    const { article, related } = articleDetailSchema.parse(res.json());
    expect(article.headline).toContain('A Meeting Between Equals');
    expect(related.slice(0, 3).map((r) => r.slug)).toEqual(article.related);
    expect(related.map((r) => r.slug)).not.toContain(SEED_SLUG);
  });

  it('ends with the next older article of the section and more of it, none of them already shown', async () => {
    const { next, moreInSection, related } = articleDetailSchema.parse(
      (await get('/api/articles/how-a-state-visit-comes-together')).json(),
    );
    expect(next?.slug).toBe('what-election-observers-do');
    const shown = ['how-a-state-visit-comes-together', next?.slug, ...related.map((r) => r.slug)];
    expect(moreInSection.every((s) => s.section === 'politics' && !shown.includes(s.slug))).toBe(true);
  });

  it('fills related by shared tags when none are named', async () => {
    const lone = articles.find((a) => !a.related?.length && a.tags.length > 0);
    if (!lone) throw new Error('sample content needs an article without explicit related');
    const { related } = articleDetailSchema.parse((await get(`/api/articles/${lone.slug}`)).json());
    expect(related.length).toBeGreaterThan(0);
    const shares = (slug: string) => {
      const other = articles.find((a) => a.slug === slug);
      return other?.tags.some((t) => lone.tags.includes(t)) || other?.section === lone.section;
    };
    expect(related.every((r) => shares(r.slug))).toBe(true);
  });

  it.each(['no-such-article', 'UPPER', '..%2F..%2Fetc%2Fpasswd'])('answers 404 problem JSON for %s', async (slug) => {
    const res = await get(`/api/articles/${slug}`);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('answers a conditional request with 304 and no body', async () => {
    const first = await get(`/api/articles/${SEED_SLUG}`);
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const second = await get(`/api/articles/${SEED_SLUG}`, { 'if-none-match': etag });
    expect(second.statusCode).toBe(304);
    expect(second.body).toBe('');
  });
});

describe('views and trending', () => {
  it('falls back to the newest articles when nobody has read anything', async () => {
    const { items } = trendingSchema.parse((await get('/api/trending')).json());
    expect(items.map((i) => i.slug)).toEqual(articles.slice(0, 5).map((a) => a.slug));
  });

  it('ranks by views recorded through the beacon', async () => {
    const oldest = articles.at(-1)?.slug as string;
    for (let i = 0; i < 3; i++) {
      const res = await server.app.inject({
        method: 'POST',
        url: `/api/articles/${oldest}/views`,
        headers: { 'content-type': 'application/json' },
        payload: '{}',
      });
      expect(res.statusCode).toBe(204);
    }
    const { items } = trendingSchema.parse((await get('/api/trending')).json());
    expect(items[0]?.slug).toBe(oldest);
    expect(items).toHaveLength(5);
  });

  it('beside an article, never lists that article or its related ones, and still lists five', async () => {
    // Readers have made the seed article and its related ones the most read.
    const detail = articleDetailSchema.parse((await get(`/api/articles/${SEED_SLUG}`)).json());
    const shown = [SEED_SLUG, ...detail.related.map((r) => r.slug)];
    for (const slug of shown) {
      const res = await server.app.inject({
        method: 'POST',
        url: `/api/articles/${slug}/views`,
        headers: { 'content-type': 'application/json' },
        payload: '{}',
      });
      expect(res.statusCode).toBe(204);
    }
    const everywhere = trendingSchema.parse((await get('/api/trending')).json()).items.map((i) => i.slug);
    expect(everywhere).toContain(SEED_SLUG);
    const { items } = trendingSchema.parse((await get(`/api/trending?article=${SEED_SLUG}`)).json());
    expect(items).toHaveLength(5);
    expect(items.map((i) => i.slug).filter((slug) => shown.includes(slug))).toEqual([]);
  });

  it.each(['article=Not%20A%20Slug', 'page=2'])('answers 400 naming the parameter to trending?%s', async (query) => {
    const res = await get(`/api/trending?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe(query.split('=')[0]);
  });

  it('answers 404 to a view of an unknown article and records nothing', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/articles/nope/views',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(res.statusCode).toBe(404);
    expect((await server.store.trending({ days: 7, limit: 50 })).map((r) => r.slug)).not.toContain('nope');
  });
});

describe('anything else', () => {
  it('answers 404 JSON for an unknown API path', async () => {
    const res = await get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('answers 404 for a missing file rather than serving a page', async () => {
    const res = await get('/assets/missing-abc123.js');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).not.toContain('text/html');
  });
});
