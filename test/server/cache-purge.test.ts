import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import { seedArticle, SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';
import { toRecord } from '../../src/server/content/article-record';
import { contentFolder } from '../support/content-folder';

// A stand-in cache that records what it is told: the server's purge is the behaviour under test.
let cache: Server;
let cacheUrl: string;
const purges: { method: string; keys: string }[] = [];
let server: TestServer;
beforeAll(async () => {
  cache = createServer((req: IncomingMessage, res) => {
    purges.push({ method: req.method ?? '', keys: String(req.headers['surrogate-key']) });
    res.writeHead(200).end();
  });
  cache.listen(0, '127.0.0.1');
  await once(cache, 'listening');
  cacheUrl = `http://127.0.0.1:${(cache.address() as AddressInfo).port}/`;
  // Two caches listed: both are told. The second address is the same cache under another name.
  server = await createTestServer(undefined, {
    cachePurgeUrls: [cacheUrl, cacheUrl.replace('127.0.0.1', 'localhost')],
  });
});
afterAll(async () => {
  await server.close();
  cache.close();
});

describe('purging the caches in front', () => {
  it('a headline edit purges the article and every list it is on, on every cache listed', async () => {
    purges.length = 0;
    server.content.apply({ set: [toRecord({ ...seedArticle, headline: 'Changed' }, `${SEED_SLUG}.json`)] });
    await expect.poll(() => purges.length).toBe(2);
    expect(purges[0]).toEqual(purges[1]);
    expect(purges[0]?.method).toBe('PURGE');
    const keys = purges[0]?.keys.split(' ').sort();
    expect(keys).toEqual(
      expect.arrayContaining([`article:${SEED_SLUG}`, 'front', `section:${seedArticle.section}`, 'tag:united-states']),
    );
  });

  it('a file written into the followed content folder purges what it touches', async () => {
    const folder = contentFolder('broadsheet-purge-');
    const watching = await createTestServer(folder.dir, { watch: true, cachePurgeUrls: [cacheUrl] });
    try {
      purges.length = 0;
      folder.write('fresh.json', folder.article({ slug: 'fresh', publishedAt: '2026-11-30T08:00:00Z' }));
      await expect
        .poll(() => purges.flatMap((p) => p.keys.split(' ')), { timeout: 2_000 })
        .toEqual(expect.arrayContaining(['article:fresh', 'front', `section:${seedArticle.section}`]));
    } finally {
      await watching.close();
      folder.dispose();
    }
  });

  it('CACHE_PURGE_URLS is a comma-separated list of http(s) addresses', () => {
    expect(readConfig({ CACHE_PURGE_URLS: ' http://127.0.0.1:6081 , http://cache-2:80/' }).cachePurgeUrls).toEqual([
      'http://127.0.0.1:6081',
      'http://cache-2:80/',
    ]);
    expect(readConfig({}).cachePurgeUrls).toEqual([]);
    expect(() => readConfig({ CACHE_PURGE_URLS: 'http://127.0.0.1:6081,varnish' })).toThrow(
      /CACHE_PURGE_URLS\.1: must be http\(s\) addresses/,
    );
  });
});
