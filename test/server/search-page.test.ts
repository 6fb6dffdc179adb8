import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../support/server-app';

// The search page as a reader without JavaScript gets it: HTML from the server, paged by plain links.

const REFERENCE = 'trump-petro-white-house-meeting';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const get = (url: string) => server.app.inject({ method: 'GET', url });
async function page(url: string, status = 200) {
  const res = await get(url);
  expect(res.statusCode, url).toBe(status);
  return { res, document: new JSDOM(res.body).window.document };
}
const text = (element: Element | null | undefined) => element?.textContent?.trim();
const headlines = (document: Document) => [...document.querySelectorAll('main h2')].map((h) => text(h));

describe('GET /search', () => {
  it('is reached from a GET form with role="search" in every page’s masthead', async () => {
    for (const url of ['/', `/article/${REFERENCE}`, '/tag/history']) {
      const { document } = await page(url);
      const form = document.querySelector('header form[role="search"]');
      expect(form?.getAttribute('action'), url).toBe('/search');
      expect(form?.getAttribute('method'), url).toBe('get');
      expect(form?.querySelector('input[name="q"]')?.getAttribute('type'), url).toBe('search');
    }
  });

  it('renders the results on the server, the matching words in <mark>, and is not for indexing', async () => {
    const { res, document } = await page('/search?q=coca');
    expect(text(document.querySelector('h1'))).toBe('Results for “coca”');
    expect(document.querySelector(`main a[href="/article/${REFERENCE}"]`)).not.toBeNull();
    const marks = [...document.querySelectorAll('main mark')].map((m) => text(m)?.toLowerCase());
    expect(marks).toContain('coca');
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(document.querySelector<HTMLInputElement>('header input[name="q"]')?.value).toBe('coca');
    // Any words at all make a page: none is kept in the page cache or a shared one.
    expect(res.headers['cache-control']).toBe('private, no-store');
  });

  it('renders each query’s own results, not the first one asked', async () => {
    const coca = headlines((await page('/search?q=coca')).document);
    const crossword = headlines((await page('/search?q=crossword')).document);
    expect(crossword).not.toEqual(coca);
    expect(text((await page('/search?q=crossword')).document.querySelector('h1'))).toBe('Results for “crossword”');
  });

  it('pages with plain Next and Previous links', async () => {
    const first = await page('/search?q=the');
    const next = first.document.querySelector('nav[aria-label="Result pages"] a[rel="next"]');
    expect(first.document.querySelector('a[rel="prev"]')).toBeNull();
    const second = await page(next?.getAttribute('href') ?? 'missing');
    expect(text(second.document.querySelector('header p.muted'))).toMatch(/^Results 11–\d+ of \d+$/);
    expect(headlines(second.document).some((h) => headlines(first.document).includes(h))).toBe(false);
    const back = await page(second.document.querySelector('a[rel="prev"]')?.getAttribute('href') ?? 'missing');
    expect(headlines(back.document)).toEqual(headlines(first.document));
  });

  it('asks for words when none are given', async () => {
    for (const url of ['/search', '/search?q=', '/search?q=%20%20']) {
      const { document } = await page(url);
      expect(text(document.querySelector('h1')), url).toBe('Search');
      expect(document.body.textContent).toContain('Type a few words');
    }
  });

  it.each([
    ['quotes and operators only', '"*" ( )', 'Use at least one letter or digit.'],
    ['1,000 characters', 'coca '.repeat(200), 'Use at most 500 characters.'],
  ])('answers 400 with a clear message for %s', async (_label, q, message) => {
    const { document } = await page(`/search?${new URLSearchParams({ q })}`, 400);
    expect(text(document.querySelector('main .search-problem'))).toBe(message);
  });

  it('says a page of results from an old link is gone, with 400', async () => {
    const { document } = await page('/search?q=coca&cursor=bm90LW1pbmU', 400);
    expect(text(document.querySelector('main .search-problem'))).toBe('That page of results is no longer there.');
  });

  it.each(['"coca', 'coca AND OR NOT (', 'coca*', 'NOT coca', '(coca OR'])(
    'reads %j as plain words, never a 5xx',
    async (q) => {
      const { document } = await page(`/search?${new URLSearchParams({ q })}`);
      expect(document.querySelector(`main a[href="/article/${REFERENCE}"]`)).not.toBeNull();
    },
  );

  it('sends /Search/ to /search, keeping the query', async () => {
    const res = await get('/Search/?q=coca');
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('/search?q=coca');
  });
});
