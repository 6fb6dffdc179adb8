import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/contract/article';
import { postRating } from '../support/child-server';
import { articles, contentDirectory, seedArticle, SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';
import { freePort } from '../support/free-port';
import { startVarnish, type Varnish } from '../support/varnish';

// The shipped VCL in front of two instances over one content folder, each of which purges the cache when
// content changes (CACHE_PURGE_URLS).
let varnish: Varnish;
let instances: TestServer[];
let contentDir: string;
beforeAll(async () => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-varnish-content-'));
  cpSync(contentDirectory, contentDir, { recursive: true });
  const varnishPort = await freePort();
  instances = await Promise.all(
    [1, 2].map(() =>
      createTestServer(contentDir, {
        adminToken: 'a-long-enough-editor-token',
        feedbackRateLimit: 1000,
        cachePurgeUrls: [`http://127.0.0.1:${varnishPort}/`],
        watch: true,
      }),
    ),
  );
  const ports = await Promise.all(
    instances.map(async ({ app }) => {
      await app.listen({ port: 0, host: '127.0.0.1' });
      return (app.server.address() as AddressInfo).port;
    }),
  );
  varnish = await startVarnish(ports as [number, number], { port: varnishPort });
}, 90_000);
afterAll(async () => {
  await varnish?.stop();
  await Promise.all(instances.map((i) => i.close()));
  rmSync(contentDir, { recursive: true, force: true });
});

const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${varnish.url}${pathname}`, { headers });
const headline = (html: string) => /<h1[^>]*>(.*?)<\/h1>/su.exec(html)?.[1];

/** PURGE sent from a chosen loopback address: Varnish tells a purger by the address it connects from. */
function purgeFrom(localAddress: string, keys: string) {
  return new Promise<number>((resolve, reject) => {
    const req = request(`${varnish.url}/`, { method: 'PURGE', localAddress, headers: { 'surrogate-key': keys } });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Varnish in front of two instances (deploy/varnish/default.vcl)', () => {
  it('the second request for an article page is served from the cache', async () => {
    const first = await get(`/article/${SEED_SLUG}`);
    expect(first.status).toBe(200);
    const firstBody = await first.text();
    const second = await get(`/article/${SEED_SLUG}`);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(await second.text()).toBe(firstBody);
  });

  it('answers a revalidation with 304 from the cache', async () => {
    await get(`/api/articles/${SEED_SLUG}`);
    const cached = await get(`/api/articles/${SEED_SLUG}`);
    const etag = cached.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await get(`/api/articles/${SEED_SLUG}`, { 'if-none-match': etag as string });
    expect(again.status).toBe(304);
    expect(again.headers.get('x-cache')).toBe('HIT');
  });

  it('an edited article is fresh within 2 seconds: the instances purge it by surrogate key', async () => {
    const slug = seedArticle.related?.[0] ?? SEED_SLUG;
    await get(`/article/${slug}`);
    expect((await get(`/article/${slug}`)).headers.get('x-cache')).toBe('HIT');
    const article = articles.find((a) => a.slug === slug) as Article;
    const file = path.join(contentDir, 'articles', `${slug}.json`);
    const changed = { ...article, headline: 'A headline edited after the cache kept the page' };
    // Each instance follows the folder, sees the edit, and purges what it touches.
    writeFileSync(file, JSON.stringify(changed));
    await expect
      .poll(async () => headline(await (await get(`/article/${slug}`)).text()), { timeout: 2_000, interval: 50 })
      .toBe('A headline edited after the cache kept the page');
  });

  it('feedback and views pass through uncached', async () => {
    for (let i = 0; i < 2; i++) {
      const created = await postRating(varnish.url, SEED_SLUG);
      expect(created.status).toBe(201);
      expect(created.headers.get('x-cache')).toBe('PASS');
    }
    const view = await fetch(`${varnish.url}/api/articles/${SEED_SLUG}/views`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(view.status).toBe(204);
    expect(view.headers.get('x-cache')).toBe('PASS');
  });

  it('nothing is kept for the editor API, nor for a page asked for with an editor session cookie', async () => {
    for (let i = 0; i < 2; i++) {
      const admin = await get('/api/admin/feedback');
      expect(admin.status).toBe(401);
      expect(admin.headers.get('x-cache')).not.toBe('HIT');
    }
    await get(`/article/${SEED_SLUG}`);
    const withSession = await get(`/article/${SEED_SLUG}`, { cookie: 'broadsheet_editor=any-session' });
    expect(withSession.status).toBe(200);
    expect(withSession.headers.get('x-cache')).toBe('PASS');
  });

  it('a purge is accepted from this machine only', async () => {
    await get('/api/articles');
    expect((await get('/api/articles')).headers.get('x-cache')).toBe('HIT');
    expect(await purgeFrom('127.0.0.2', 'front')).toBe(403);
    expect((await get('/api/articles')).headers.get('x-cache')).toBe('HIT');
    expect(await purgeFrom('127.0.0.1', 'front')).toBe(200);
    expect((await get('/api/articles')).headers.get('x-cache')).toBe('MISS');
  });
});
