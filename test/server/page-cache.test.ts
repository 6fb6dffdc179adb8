import { describe, expect, it } from 'vitest';
import { PageCache } from '../../src/server/render/page-cache';

const page = (html: string) => ({ status: 200, html });

describe('PageCache', () => {
  it('serves a page until its time is up', () => {
    const cache = new PageCache(1_000, 10);
    cache.set('/a', page('<p>a</p>'), 0);
    expect(cache.get('/a', 999)?.body.raw.toString()).toBe('<p>a</p>');
    expect(cache.get('/a', 1_000)).toBeUndefined();
  });

  it('drops the least recently used page when full', () => {
    const cache = new PageCache(60_000, 2);
    cache.set('/a', page('a'), 0);
    cache.set('/b', page('b'), 0);
    cache.get('/a', 1);
    cache.set('/c', page('c'), 2);
    expect(cache.get('/b', 3)).toBeUndefined();
    expect(cache.get('/a', 3)).toBeDefined();
    expect(cache.get('/c', 3)).toBeDefined();
  });

  it('gives different pages different ETags and the same page the same one', () => {
    const cache = new PageCache();
    const a = cache.set('/a', page('a'));
    expect(cache.set('/a2', page('a')).body.etag).toBe(a.body.etag);
    expect(cache.set('/b', page('b')).body.etag).not.toBe(a.body.etag);
  });
});
