import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surrogateKeyToken } from '../../src/server/cache/surrogate-key';
import { seedArticle, SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

const SHARED = /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/;
const keysOf = (header: unknown) => String(header ?? '').split(' ');
const rating = () => ({
  idempotencyKey: randomUUID(),
  kind: 'rating',
  helpful: true,
  reasons: ['Clear'],
  timeOnPageMs: 9_000,
});

describe('what a shared cache may keep', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(undefined, { adminToken: 'a-long-enough-editor-token' });
  });
  afterAll(() => server.close());

  it('an article page is shared, under its slug, its section, its tags and the articles it shows', async () => {
    const res = await server.app.inject({ url: `/article/${SEED_SLUG}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(SHARED);
    const keys = keysOf(res.headers['surrogate-key']);
    expect(keys).toEqual(
      expect.arrayContaining([
        `article:${SEED_SLUG}`,
        `section:${seedArticle.section}`,
        // "United States" travels as its tag page's slug: one token, no space.
        'tag:united-states',
        ...(seedArticle.related ?? []).map((slug) => `article:${slug}`),
      ]),
    );
  });

  it('the front page and a section page name the lists they show', async () => {
    const front = await server.app.inject({ url: '/' });
    expect(front.headers['cache-control']).toMatch(SHARED);
    expect(keysOf(front.headers['surrogate-key'])).toContain('front');
    const section = await server.app.inject({ url: `/section/${seedArticle.section}` });
    expect(keysOf(section.headers['surrogate-key'])).toContain(`section:${seedArticle.section}`);
  });

  it('the read API is shared under the same keys as the pages', async () => {
    const detail = await server.app.inject({ url: `/api/articles/${SEED_SLUG}` });
    expect(detail.headers['cache-control']).toMatch(SHARED);
    expect(keysOf(detail.headers['surrogate-key'])).toEqual(
      expect.arrayContaining([`article:${SEED_SLUG}`, `section:${seedArticle.section}`]),
    );
    const list = await server.app.inject({ url: `/api/articles?section=${seedArticle.section}` });
    expect(list.headers['cache-control']).toMatch(SHARED);
    expect(keysOf(list.headers['surrogate-key'])).toEqual([`section:${seedArticle.section}`]);
    const trending = await server.app.inject({ url: '/api/trending' });
    expect(trending.headers['cache-control']).toMatch(SHARED);
    expect(keysOf(trending.headers['surrogate-key'])).toContain('front');
  });

  it('a revalidation still answers 304, and says again how long it may be kept', async () => {
    for (const url of [`/article/${SEED_SLUG}`, `/api/articles/${SEED_SLUG}`]) {
      const first = await server.app.inject({ url });
      const again = await server.app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
      expect(again.statusCode, url).toBe(304);
      expect(again.body, url).toBe('');
      expect(again.headers['cache-control'], url).toMatch(SHARED);
    }
  });

  it('feedback, views, sessions and the editor stay private', async () => {
    const answers = [
      await server.app.inject({ method: 'POST', url: `/api/articles/${SEED_SLUG}/feedback`, payload: rating() }),
      await server.app.inject({ method: 'POST', url: `/api/articles/${SEED_SLUG}/views`, payload: {} }),
      await server.app.inject({
        method: 'POST',
        url: '/api/admin/session',
        payload: { token: 'a-long-enough-editor-token' },
      }),
      await server.app.inject({ url: '/api/admin/session' }),
      await server.app.inject({ url: '/api/articles/no-such-article' }),
    ];
    for (const [i, res] of answers.entries()) {
      expect(res.headers['cache-control'], `answer ${i}`).toBe('private, no-store');
      expect(res.headers['surrogate-key']).toBeUndefined();
    }
  });

  it('a key outside letters, digits, "-", "_" and ":" is percent-encoded, so a ban pattern is a plain string', () => {
    expect(surrogateKeyToken('tag:café.au lait')).toBe('tag:caf%C3%A9%2Eau%20lait');
  });
});
