import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchPageSchema, type SearchPage } from '../../src/contract/search';
import { contentFolder } from '../support/content-folder';
import { manualClock } from '../support/manual-clock';
import { createTestServer, type TestServer } from '../support/server-app';

const REFERENCE = 'trump-petro-white-house-meeting';
const NOW = Date.parse('2030-06-01T09:00:00.000Z');
const WITHIN = { timeout: 5_000, interval: 20 };

const folder = contentFolder('broadsheet-search-');
const clock = manualClock(NOW);
let server: TestServer;

/** An article of its own words (not the seed's body, summary and tags, which the reference article shares). */
const story = (fields: Record<string, unknown>) =>
  folder.article({
    summary: 'A short report.',
    tags: [],
    byline: [{ name: 'Desk reporter' }],
    body: [{ type: 'paragraph', content: ['Nothing else to report.'] }],
    ...fields,
  });

// Two articles with the same rare word: one in its headline, one only deep in its body.
folder.write(
  'in-the-body.json',
  story({
    slug: 'in-the-body',
    headline: 'Harbour works resume',
    body: [{ type: 'paragraph', content: ['The crane operators mentioned a quokka on the quay at dawn.'] }],
  }),
);
folder.write('in-the-headline.json', story({ slug: 'in-the-headline', headline: 'A quokka in the city' }));
for (let i = 0; i < 23; i++)
  folder.write(
    `paged-${i}.json`,
    story({ slug: `paged-${i}`, headline: `Lighthouse keepers, part ${i}`, tags: ['Lighthouses'] }),
  );
folder.write(
  'embargoed.json',
  story({ slug: 'embargoed', headline: 'Embargoed narwhal report', publishedAt: '2030-06-01T12:00:00Z' }),
);

beforeAll(async () => {
  server = await createTestServer(folder.dir, { clock, watch: true });
});
afterAll(async () => {
  await server.close();
  folder.dispose();
});

const get = (url: string) => server.app.inject({ method: 'GET', url });
async function search(q: string, cursor?: string): Promise<SearchPage> {
  const res = await get(`/api/search?q=${encodeURIComponent(q)}${cursor ? `&cursor=${cursor}` : ''}`);
  expect(res.statusCode, q).toBe(200);
  return searchPageSchema.parse(res.json());
}
const slugs = (page: SearchPage) => page.hits.map((h) => h.slug);

describe('GET /api/search', () => {
  it('finds an article by a word in its body, with that word highlighted in the snippet', async () => {
    const page = await search('coca');
    expect(slugs(page)).toContain(REFERENCE);
    const { snippet } = page.hits.find((h) => h.slug === REFERENCE)!;
    const marked = snippet.highlights.map(([start, end]) => snippet.text.slice(start, end).toLowerCase());
    expect(marked).toContain('coca');
  });

  it('stems English words: "meetings" finds the article about a meeting', async () => {
    expect(slugs(await search('meetings'))).toContain(REFERENCE);
    expect(slugs(await search('Petro meetings White House'))).toContain(REFERENCE);
  });

  it('ranks an article with the word in its headline above one with it only in the body', async () => {
    expect(slugs(await search('quokka'))).toEqual(['in-the-headline', 'in-the-body']);
  });

  it('searches tags and bylines too', async () => {
    expect(slugs(await search('Diplomacy'))).toContain(REFERENCE);
    expect(slugs(await search('CRBC staff'))).toContain(REFERENCE);
  });

  it('pages through every hit once, in the same order each time', async () => {
    const first = await search('lighthouse');
    expect(first.total).toBe(23);
    const seen = [...slugs(first)];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await search('lighthouse', cursor);
      seen.push(...slugs(page));
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    // And back: each page names the one before it, down to the first.
    const second = await search('lighthouse', first.nextCursor!);
    expect(second).toMatchObject({ offset: 10, previousCursor: expect.any(String) });
    expect(first.previousCursor).toBeNull();
    expect(slugs(await search('lighthouse', second.previousCursor!))).toEqual(slugs(first));
    expect(await search('lighthouse')).toEqual(first);
  });

  it('never finds a scheduled article before its time, and finds it once it is published', async () => {
    expect((await search('narwhal')).hits).toEqual([]);
    clock.advance(Date.parse('2030-06-01T12:00:00Z') - NOW);
    expect(slugs(await search('narwhal'))).toEqual(['embargoed']);
  });

  it('follows live publishing: a new article is found, an edit is found by its new words, a removal is gone', async () => {
    const found = async (q: string) => slugs(await search(q));
    folder.write('live.json', story({ slug: 'live-story', headline: 'Okapi sighted downtown' }));
    await expect.poll(() => found('okapi'), WITHIN).toEqual(['live-story']);
    folder.write('live.json', story({ slug: 'live-story', headline: 'Pangolin sighted downtown' }));
    await expect.poll(() => found('pangolin'), WITHIN).toEqual(['live-story']);
    expect(await found('okapi')).toEqual([]);
    folder.remove('live.json');
    await expect.poll(() => found('pangolin'), WITHIN).toEqual([]);
  });

  it.each([
    ['', 'Type the words to search for'],
    ['   ', 'Type the words to search for'],
    ['"*" ( )', 'Use at least one letter or digit'],
    ['x'.repeat(1_000), 'Use at most 500 characters'],
  ])('answers 400 naming q for %j', async (q, message) => {
    const res = await get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ errors: [{ path: 'q', message }] });
  });

  it.each([
    '"coca',
    'coca AND',
    'NOT coca',
    '(coca OR',
    'coca*',
    'coca:',
    '{coca} -petro ^',
    '"coca" "petro"',
    "Petro's",
  ])('reads %j as plain words', async (q) => {
    expect(slugs(await search(q))).toContain(REFERENCE);
  });

  it('refuses a cursor it did not issue, naming it', async () => {
    const res = await get('/api/search?q=coca&cursor=bm90LW1pbmU');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ errors: [{ path: 'cursor' }] });
  });

  it('never answers 5xx, whatever the query', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 600 }), fc.string({ unit: 'binary', maxLength: 60 })),
        fc.option(fc.string({ maxLength: 50 }), { nil: undefined }),
        async (q, cursor) => {
          const params = new URLSearchParams({ q, ...(cursor === undefined ? {} : { cursor }) });
          const res = await get(`/api/search?${params}`);
          expect([200, 400], q).toContain(res.statusCode);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
