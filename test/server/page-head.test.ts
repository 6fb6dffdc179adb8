import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDirectory, SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

// What a search engine, a feed reader or a link preview reads from a page's <head> (and its JSON-LD), checked
// against what their documentation asks for, not against the code that writes it.

const PUBLIC_URL = 'https://news.example';
let server: TestServer;
let local: TestServer;
beforeAll(async () => {
  server = await createTestServer(contentDirectory, { env: { PUBLIC_URL } });
  local = await createTestServer(contentDirectory);
});
afterAll(async () => {
  await server.close();
  await local.close();
});

async function page(url: string, on: TestServer = server, host?: string) {
  const res = await on.app.inject({ method: 'GET', url, headers: host ? { host } : {} });
  expect(res.statusCode, url).toBe(200);
  const { document } = new JSDOM(res.body).window;
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
  const metas = (key: string) =>
    Array.from(document.querySelectorAll(`meta[property="${key}"]`)).map((m) => m.getAttribute('content'));
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const jsonLd = Array.from(document.querySelectorAll('script[type="application/ld+json"]')).flatMap(
    (script) => JSON.parse(script.textContent ?? 'null') as Record<string, unknown>[],
  );
  return { document, meta, metas, canonical, jsonLd };
}

const article = () =>
  server.app.inject(`/api/articles/${SEED_SLUG}`).then(
    (res) =>
      res.json<{
        article: { headline: string; publishedAt: string; updatedAt?: string; tags: string[]; hero: { src: string } };
      }>().article,
  );
const isAbsolute = (url: unknown) => typeof url === 'string' && /^https?:\/\/[^/]+\//.test(url);

describe("an article's head", () => {
  it('has a canonical address and an Open Graph card with a short description and a sized image', async () => {
    const { meta, metas, canonical } = await page(`/article/${SEED_SLUG}?utm_source=x`);
    const { headline, publishedAt, tags, hero } = await article();
    expect(canonical).toBe(`${PUBLIC_URL}/article/${SEED_SLUG}`);
    expect(meta('og:type')).toBe('article');
    expect(meta('og:title')).toBe(headline);
    expect(meta('og:url')).toBe(canonical);
    expect([...(meta('og:description') ?? '')].length).toBeLessThanOrEqual(200);
    expect([...(meta('description') ?? '')].length).toBeLessThanOrEqual(200);
    expect(meta('og:image')).toBe(`${PUBLIC_URL}${hero.src}`);
    expect(Number(meta('og:image:width'))).toBeGreaterThan(0);
    expect(Number(meta('og:image:height'))).toBeGreaterThan(0);
    expect(meta('article:published_time')).toBe(publishedAt);
    expect(meta('article:modified_time')).toBeTruthy();
    expect(meta('article:section')).toBe('Politics');
    expect(metas('article:tag')).toEqual(tags);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:image')).toBe(`${PUBLIC_URL}${hero.src}`);
  });

  it('has NewsArticle structured data with what Google documents, and a breadcrumb', async () => {
    const { jsonLd, canonical } = await page(`/article/${SEED_SLUG}`);
    const { headline, publishedAt } = await article();
    const news = jsonLd.find((item) => item['@type'] === 'NewsArticle');
    if (!news) throw new Error('no NewsArticle');
    expect(news['@context']).toBe('https://schema.org');
    expect(news.headline).toBe(headline);
    expect(Array.isArray(news.image) && news.image.every(isAbsolute)).toBe(true);
    expect(news.datePublished).toBe(publishedAt);
    expect(Number.isNaN(Date.parse(String(news.dateModified)))).toBe(false);
    const authors = news.author as Record<string, unknown>[];
    expect(authors.length).toBeGreaterThan(0);
    for (const author of authors) {
      expect(author['@type']).toBe('Person');
      expect(author.name).toBeTruthy();
      expect(isAbsolute(author.url)).toBe(true);
    }
    const publisher = news.publisher as Record<string, unknown> & { logo: Record<string, unknown> };
    expect(publisher['@type']).toBe('Organization');
    expect(publisher.name).toBe('CRBC News');
    expect(isAbsolute(publisher.logo.url)).toBe(true);
    expect(news.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': canonical });

    const crumbs = jsonLd.find((item) => item['@type'] === 'BreadcrumbList');
    const items = (crumbs?.itemListElement ?? []) as Record<string, unknown>[];
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(items.map((i) => i.item)).toEqual([`${PUBLIC_URL}/`, `${PUBLIC_URL}/section/politics`, canonical]);
  });

  it('keeps markup in content out of the JSON-LD element', async () => {
    const { document } = await page(`/article/${SEED_SLUG}`);
    for (const script of document.querySelectorAll('script[type="application/ld+json"]'))
      expect(script.innerHTML).not.toMatch(/<\/?[a-z]/i);
  });

  it('offers the front page and its section as RSS and Atom feeds that exist', async () => {
    const { document } = await page(`/article/${SEED_SLUG}`);
    const feeds = Array.from(document.querySelectorAll('link[rel="alternate"]')).map((link) => ({
      type: link.getAttribute('type'),
      href: link.getAttribute('href') ?? '',
    }));
    expect(feeds).toEqual([
      { type: 'application/rss+xml', href: `${PUBLIC_URL}/rss.xml` },
      { type: 'application/atom+xml', href: `${PUBLIC_URL}/atom.xml` },
      { type: 'application/rss+xml', href: `${PUBLIC_URL}/section/politics/rss.xml` },
      { type: 'application/atom+xml', href: `${PUBLIC_URL}/section/politics/atom.xml` },
    ]);
    for (const { href } of feeds) expect((await server.app.inject(new URL(href).pathname)).statusCode).toBe(200);
  });
});

describe('other pages', () => {
  it('the front page and a section have their canonical address and a website card', async () => {
    for (const [url, canonical] of [
      ['/', `${PUBLIC_URL}/`],
      ['/section/politics', `${PUBLIC_URL}/section/politics`],
    ]) {
      const { meta, canonical: found } = await page(url as string);
      expect(found).toBe(canonical);
      expect(meta('og:type')).toBe('website');
      expect(meta('og:url')).toBe(canonical);
    }
  });

  it('a page that does not exist is not indexed and names no canonical address', async () => {
    const res = await server.app.inject('/article/no-such-article');
    expect(res.statusCode).toBe(404);
    const { document } = new JSDOM(res.body).window;
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
  });

  it('without PUBLIC_URL names the address the reader asked for, each host its own', async () => {
    const first = await page(`/article/${SEED_SLUG}`, local, 'localhost:3000');
    const second = await page(`/article/${SEED_SLUG}`, local, '127.0.0.1:3000');
    expect(first.canonical).toBe(`http://localhost:3000/article/${SEED_SLUG}`);
    expect(second.canonical).toBe(`http://127.0.0.1:3000/article/${SEED_SLUG}`);
  });
});

describe('one address per page', () => {
  it.each([
    [`/article/${SEED_SLUG}/`, `/article/${SEED_SLUG}`],
    [`/ARTICLE/${SEED_SLUG}`, `/article/${SEED_SLUG}`],
    [`/Section/Politics/?page=2`, `/section/politics?page=2`],
    // Escapes keep the case links write them in: lower-cased, the "æ" in a byline's slug cost every reader a redirect.
    ['/Author/Ingrid-S%c3%a6ther', '/author/ingrid-s%C3%A6ther'],
  ])('%s redirects permanently to %s', async (from, to) => {
    const res = await server.app.inject(from);
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe(to);
  });

  it.each(['/', '/author/ingrid-s%C3%A6ther'])('%s is its own address', async (url) => {
    expect((await server.app.inject(url)).statusCode).toBe(200);
  });
});
