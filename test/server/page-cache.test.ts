import { describe, expect, it } from 'vitest';
import { createPageCache } from '../../src/server/render/page-cache';
import type { RenderedPage } from '../../src/server/render/rendered-page';

const ORIGIN = 'http://127.0.0.1:3000';

/** A renderer that counts its renders and answers each path with its own HTML (or a redirect for /old). */
function counting() {
  const renders: string[] = [];
  const render = async (url: string): Promise<RenderedPage> => {
    renders.push(url);
    return url.startsWith('/old')
      ? { status: 301, html: '', redirect: '/new' }
      : { status: 200, html: `<p>${url}</p>` };
  };
  return { renders, render };
}

function manualClock(start = 1_000_000) {
  const clock = { time: start, now: () => clock.time };
  return clock;
}

describe('page cache', () => {
  it('serves a page until its time is up, then renders it again', async () => {
    const { renders, render } = counting();
    const clock = manualClock();
    const cache = createPageCache({ render, ttlMs: 1_000, maxEntries: 10, now: clock.now });
    expect((await cache.page('/a', '/a', ORIGIN)).body.raw.toString()).toBe('<p>/a</p>');
    clock.time += 999;
    await cache.page('/a', '/a', ORIGIN);
    expect(renders).toEqual(['/a']);
    clock.time += 2;
    await cache.page('/a', '/a', ORIGIN);
    expect(renders).toEqual(['/a', '/a']);
  });

  it('drops the least recently used page when full', async () => {
    const { renders, render } = counting();
    const cache = createPageCache({ render, ttlMs: 60_000, maxEntries: 2 });
    await cache.page('/a', '/a', ORIGIN);
    await cache.page('/b', '/b', ORIGIN);
    await cache.page('/a', '/a', ORIGIN);
    await cache.page('/c', '/c', ORIGIN);
    renders.length = 0;
    await cache.page('/a', '/a', ORIGIN);
    await cache.page('/c', '/c', ORIGIN);
    expect(renders).toEqual([]);
    await cache.page('/b', '/b', ORIGIN);
    expect(renders).toEqual(['/b']);
  });

  it('shares one render between concurrent misses for a path, whatever the query string', async () => {
    const { renders, render } = counting();
    const cache = createPageCache({ render });
    const pages = await Promise.all([cache.page('/a', '/a?utm=1', ORIGIN), cache.page('/a', '/a', ORIGIN)]);
    expect(renders).toEqual(['/a?utm=1']);
    expect(pages[1]).toBe(pages[0]);
  });

  it('never keeps a redirect', async () => {
    const { renders, render } = counting();
    const cache = createPageCache({ render });
    expect((await cache.page('/old', '/old', ORIGIN)).redirect).toBe('/new');
    await cache.page('/old', '/old', ORIGIN);
    expect(renders).toEqual(['/old', '/old']);
  });

  it('renders a purged page again, and does not keep a render that was under way when it was purged', async () => {
    const { renders, render } = counting();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const cache = createPageCache({ render: async (url) => (await held, render(url)), keysOf: () => ['article:a'] });
    const before = cache.page('/a', '/a', ORIGIN);
    cache.purge(['article:a']);
    release();
    expect((await before).status).toBe(200); // its reader is still answered
    await cache.page('/a', '/a', ORIGIN);
    expect(renders).toEqual(['/a', '/a']);
    cache.purge(['article:b']);
    await cache.page('/a', '/a', ORIGIN);
    expect(renders).toHaveLength(2); // another key leaves it
    cache.purge(['article:a']);
    await cache.page('/a', '/a', ORIGIN);
    expect(renders).toHaveLength(3);
  });

  it('gives different pages different ETags and the same page the same one', async () => {
    const cache = createPageCache({ render: async (url) => ({ status: 200, html: url.startsWith('/b') ? 'b' : 'a' }) });
    const a = await cache.page('/a', '/a', ORIGIN);
    expect((await cache.page('/a2', '/a2', ORIGIN)).body.etag).toBe(a.body.etag);
    expect((await cache.page('/b', '/b', ORIGIN)).body.etag).not.toBe(a.body.etag);
  });
});
