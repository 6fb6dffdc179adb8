import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../support/server-app';

// Every address a reader, crawler or feed reader is given must answer. Found by following the links themselves
// (from the front page and the sitemaps), not by listing the routes, so a link built wrong anywhere shows up.

const HOST = 'news.test';
const ORIGIN = `http://${HOST}`;

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer(undefined, { env: { PUBLIC_URL: ORIGIN } });
});
afterAll(() => server.close());

const get = (url: string) => server.app.inject({ method: 'GET', url, headers: { host: HOST } });

const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

/** This site's paths among an HTML page's links, feed links, canonical link and form actions. */
function linksOf(html: string): string[] {
  const found = [
    ...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g),
    ...html.matchAll(/<link\b[^>]*\srel="(?:alternate|canonical)"[^>]*\shref="([^"]*)"/g),
    ...html.matchAll(/<form\b[^>]*\saction="([^"]*)"/g),
  ].map((match) => decode(match[1] ?? ''));
  return found.flatMap((href) => {
    const url = new URL(href, ORIGIN);
    return url.origin === ORIGIN ? [url.pathname + url.search] : [];
  });
}

/** Every address in an XML document (sitemap `<loc>`, RSS `<link>`, Atom `href`) on this site. */
function locationsOf(xml: string): string[] {
  const found = [...xml.matchAll(/<(?:loc|link|id)>([^<]+)<\/|\shref="([^"]+)"/g)].map((m) =>
    decode(m[1] ?? m[2] ?? ''),
  );
  return found.filter((href) => href.startsWith(`${ORIGIN}/`)).map((href) => href.slice(ORIGIN.length));
}

describe('every link the site hands out', () => {
  it('answers 200, from the front page outwards, in pages, feeds and sitemaps', async () => {
    const seen = new Map<string, number>();
    const queue = ['/', '/sitemap.xml'];
    const kinds = new Set<string>();
    while (queue.length > 0) {
      const url = queue.shift() as string;
      if (seen.has(url)) continue;
      const res = await get(url);
      seen.set(url, res.statusCode);
      if (res.statusCode !== 200) continue;
      kinds.add(url.split(/[/?]/)[1] ?? '');
      const type = String(res.headers['content-type']);
      const next = type.includes('html') ? linksOf(res.body) : type.includes('xml') ? locationsOf(res.body) : [];
      // Pages and feeds; images and other files are the build's, checked by the browser tests.
      queue.push(...next.filter((link) => !seen.has(link) && /^[^.]*(\.xml)?(\?|$)/.test(link)));
    }
    const broken = [...seen].filter(([, status]) => status !== 200);
    expect(broken, 'links that do not answer 200').toEqual([]);
    // The walk reached every kind of page and feed, so the check above covered their links.
    for (const kind of ['', 'article', 'section', 'tag', 'author', 'rss.xml', 'atom.xml', 'sitemaps'])
      expect(kinds, `a ${kind || 'front'} address`).toContain(kind);
    expect(seen.size).toBeGreaterThan(40);
  });
});
