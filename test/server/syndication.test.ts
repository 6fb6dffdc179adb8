import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFolder } from '../support/content-folder';
import { SEED_SLUG } from '../support/fixtures';
import { manualClock } from '../support/manual-clock';
import { createTestServer, type TestServer } from '../support/server-app';

// Feed readers, aggregators and crawlers read these with XML parsers: they are parsed here with one that is
// not the library that wrote them, and checked for the elements each format requires.

const PUBLIC_URL = 'https://news.example';
const NOW = Date.parse('2026-12-01T12:00:00Z');
const WITHIN = { timeout: 2_000, interval: 20 };

const folder = contentFolder('broadsheet-syndication-');
let server: TestServer;
beforeAll(async () => {
  folder.write(
    'embargoed.json',
    folder.article({ slug: 'embargoed', headline: 'Embargoed story', publishedAt: '2026-12-03T00:00:00Z' }),
  );
  folder.write(
    'fresh.json',
    folder.article({ slug: 'fresh', headline: 'Fresh & <new> story', publishedAt: '2026-12-01T08:00:00Z' }),
  );
  server = await createTestServer(folder.dir, { env: { PUBLIC_URL }, clock: manualClock(NOW), watch: true });
});
afterAll(async () => {
  await server.close();
  folder.dispose();
});

const get = (url: string) => server.app.inject({ method: 'GET', url });

/** Parses strictly: any well-formedness error fails the test. */
async function xml(url: string, type: string): Promise<Document> {
  const res = await get(url);
  expect(res.statusCode, url).toBe(200);
  expect(res.headers['content-type']).toContain(type);
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(
    res.body,
    'text/xml',
  );
  expect(errors).toEqual([]);
  return doc;
}
const all = (node: Document | Element, name: string) => Array.from(node.getElementsByTagName(name));
const text = (node: Document | Element, name: string) => all(node, name)[0]?.textContent ?? undefined;

describe('RSS 2.0', () => {
  it('has the channel and item elements RSS requires, with absolute links from PUBLIC_URL', async () => {
    const doc = await xml('/rss.xml', 'application/rss+xml');
    expect(doc.documentElement?.getAttribute('version')).toBe('2.0');
    const [channel] = all(doc, 'channel');
    if (!channel) throw new Error('no channel');
    expect(text(channel, 'title')).toBe('CRBC News');
    expect(text(channel, 'link')).toBe(`${PUBLIC_URL}/`);
    expect(text(channel, 'description')).toBeTruthy();
    const items = all(channel, 'item');
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      expect(text(item, 'title')).toBeTruthy();
      expect(text(item, 'link')).toMatch(/^https:\/\/news\.example\/article\/[a-z0-9-]+$/);
      expect(new Date(text(item, 'pubDate') ?? '').getTime()).not.toBeNaN();
    }
    // Newest first, and text with markup characters arrives as text.
    expect(text(items[0] as Element, 'title')).toBe('Fresh & <new> story');
  });

  it('for a section lists only that section, and an unknown section is a 404', async () => {
    const doc = await xml('/section/politics/rss.xml', 'application/rss+xml');
    const links = all(doc, 'item').map((item) => text(item, 'link'));
    expect(links).toContain(`${PUBLIC_URL}/article/${SEED_SLUG}`);
    expect(links).not.toContain(`${PUBLIC_URL}/article/why-leaves-change-colour`);
    expect((await get('/section/no-such-section/rss.xml')).statusCode).toBe(404);
  });
});

describe('Atom 1.0', () => {
  it('has the feed and entry elements Atom requires: id, title, updated, and a link per entry', async () => {
    const doc = await xml('/atom.xml', 'application/atom+xml');
    const feed = doc.documentElement as Element;
    expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    for (const name of ['id', 'title', 'updated']) expect(text(feed, name), name).toBeTruthy();
    const entries = all(feed, 'entry');
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated']) expect(text(entry, name), name).toBeTruthy();
      expect(all(entry, 'link')[0]?.getAttribute('href')).toMatch(/^https:\/\/news\.example\/article\//);
    }
  });
});

describe('sitemaps', () => {
  it('index every sitemap, and together list the front page, each section and each article once', async () => {
    const index = await xml('/sitemap.xml', 'application/xml');
    expect(index.documentElement?.localName).toBe('sitemapindex');
    const maps = all(index, 'loc').map((loc) => loc.textContent ?? '');
    expect(maps).toContain(`${PUBLIC_URL}/sitemaps/news.xml`);
    const pages: string[] = [];
    for (const map of maps.filter((m) => !m.endsWith('/news.xml'))) {
      const doc = await xml(new URL(map).pathname, 'application/xml');
      pages.push(...all(doc, 'loc').map((loc) => loc.textContent ?? ''));
    }
    expect(pages).toContain(`${PUBLIC_URL}/`);
    expect(pages).toContain(`${PUBLIC_URL}/section/politics`);
    expect(pages).toContain(`${PUBLIC_URL}/article/${SEED_SLUG}`);
    expect(new Set(pages).size).toBe(pages.length);
    const api = (await get('/api/articles?limit=50')).json<{ items: { slug: string }[] }>();
    for (const { slug } of api.items) expect(pages).toContain(`${PUBLIC_URL}/article/${slug}`);
  });

  it('has a news sitemap of the last 48 hours with publication, date and title', async () => {
    const doc = await xml('/sitemaps/news.xml', 'application/xml');
    const urls = all(doc, 'url');
    expect(urls.map((url) => text(url, 'loc'))).toEqual([`${PUBLIC_URL}/article/fresh`]);
    const news = doc.getElementsByTagNameNS('http://www.google.com/schemas/sitemap-news/0.9', 'news')[0];
    if (!news) throw new Error('no news:news element');
    expect(text(news, 'news:name')).toBe('CRBC News');
    expect(text(news, 'news:language')).toBe('en');
    expect(text(news, 'news:publication_date')).toBe('2026-12-01T08:00:00.000Z');
    expect(text(news, 'news:title')).toBe('Fresh & <new> story');
  });

  it('answers 404 for an article sitemap past the last', async () => {
    expect((await get('/sitemaps/articles-2.xml')).statusCode).toBe(404);
    expect((await get('/sitemaps/articles-0.xml')).statusCode).toBe(404);
  });
});

describe('robots.txt', () => {
  it('points crawlers at the sitemap and keeps them out of the editor', async () => {
    const res = await get('/robots.txt');
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
    expect(res.body).toMatch(/^Disallow: \/editor$/m);
    expect(res.body).toMatch(/^Disallow: \/api\/admin\/$/m);
  });
});

describe('tag and author feeds', () => {
  it('give RSS of a tag’s articles alone, named for the tag, and Atom of an author’s', async () => {
    const rss = await xml('/tag/colombia/rss.xml', 'application/rss+xml');
    const [channel] = all(rss, 'channel');
    if (!channel) throw new Error('no channel');
    expect(text(channel, 'title')).toBe('Colombia | CRBC News');
    expect(text(channel, 'link')).toBe(`${PUBLIC_URL}/tag/colombia`);
    const links = all(channel, 'item').map((item) => text(item, 'link'));
    expect(links).toContain(`${PUBLIC_URL}/article/${SEED_SLUG}`);
    expect(links).not.toContain(`${PUBLIC_URL}/article/why-leaves-change-colour`);

    const atom = await xml('/author/ana-ruiz/atom.xml', 'application/atom+xml');
    expect(text(atom, 'title')).toBe('Ana Ruiz | CRBC News');
    const entries = all(atom, 'entry').map((entry) => all(entry, 'link')[0]?.getAttribute('href'));
    expect(entries).toEqual([`${PUBLIC_URL}/article/how-a-state-visit-comes-together`]);
  });

  it('answer 404 for a tag or an author with no page', async () => {
    for (const url of ['/tag/no-such-tag/rss.xml', '/author/nobody-at-all/atom.xml'])
      expect((await get(url)).statusCode, url).toBe(404);
  });

  it('are linked from their pages with <link rel="alternate">', async () => {
    for (const base of ['/tag/colombia', '/author/ana-ruiz']) {
      const { body } = await get(base);
      for (const [format, type] of [
        ['rss', 'application/rss+xml'],
        ['atom', 'application/atom+xml'],
      ])
        expect(body.match(/<link rel="alternate"[^>]*>/g), `${base} ${format}`).toContainEqual(
          expect.stringMatching(`type="${type}"[^>]*href="${PUBLIC_URL}${base}/${format}\\.xml"`.replace('+', '\\+')),
        );
    }
  });
});

describe('what is not published', () => {
  const everywhere = async () =>
    [
      (await get('/rss.xml')).body,
      (await get('/atom.xml')).body,
      (await get('/section/politics/rss.xml')).body,
      (await get('/tag/colombia/rss.xml')).body,
      (await get('/tag/colombia/atom.xml')).body,
      (await get('/author/crbc-news-staff/rss.xml')).body,
      (await get('/author/crbc-news-staff/atom.xml')).body,
      (await get('/sitemaps/articles-1.xml')).body,
      (await get('/sitemaps/news.xml')).body,
    ].join('\n');

  it('never appears: a scheduled article is in no feed or sitemap before its time', async () => {
    expect(await everywhere()).not.toContain('/article/embargoed');
  });

  it('leaves every feed and sitemap when its file is removed', async () => {
    expect(await everywhere()).toContain('/article/fresh');
    folder.remove('fresh.json');
    await expect.poll(async () => (await get('/article/fresh')).statusCode, WITHIN).toBe(410);
    expect(await everywhere()).not.toContain('/article/fresh');
  });
});
