import { LRUCache } from 'lru-cache';
import { CompressibleBody } from '../http/compressible-body';
import type { PageRenderer, RenderedPage } from './rendered-page';

/** `body` is the HTML already encoded, with its ETag (and compressed once per encoding): a hit sends bytes. */
export type CachedPage = RenderedPage & { body: CompressibleBody };

export type PageCacheOptions = {
  render: PageRenderer;
  ttlMs?: number;
  maxEntries?: number;
  /** Milliseconds on any steady clock; injected by tests. */
  now?: () => number;
};

export type PageCache = {
  /** The page at `pathname`, rendered from `url` when it is not cached; concurrent misses share one render. */
  page(pathname: string, url: string): Promise<CachedPage>;
  /** Forget these paths; a render already under way for one of them is answered but not kept. */
  invalidate(pathnames: Iterable<string>): void;
};

/**
 * Rendered HTML, shared by every reader for a short while. Pages hold nothing personal (no cookies reach
 * the render), so one copy serves everyone; the TTL bounds how stale "Trending" can get, and the size bound
 * keeps random URLs from filling memory (least recently used goes first).
 */
export function createPageCache({ render, ttlMs = 30_000, maxEntries = 500, now }: PageCacheOptions): PageCache {
  const cache = new LRUCache<string, CachedPage, string>({
    max: maxEntries,
    ttl: ttlMs,
    // An injected clock is read on every lookup rather than debounced on a real timer.
    ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
    // A render aborted by `invalidate` still answers its waiters, and is not stored: it may predate the change.
    ignoreFetchAbort: true,
    fetchMethod: async (_pathname, _stale, { context: url }) => {
      const rendered = await render(url);
      return { ...rendered, body: CompressibleBody.of(rendered.html) };
    },
  });
  return {
    async page(pathname, url) {
      const page = (await cache.fetch(pathname, { context: url })) as CachedPage;
      // A redirect depends on the URL asked for (and is cheap): never served from the cache.
      if (page.redirect) cache.delete(pathname);
      return page;
    },
    invalidate(pathnames) {
      for (const pathname of pathnames) cache.delete(pathname);
    },
  };
}
