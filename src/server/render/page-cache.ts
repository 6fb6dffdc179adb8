import { createTaggedCache } from '../cache/tagged-cache';
import { CompressibleBody } from '../http/compressible-body';
import type { RenderedPage } from './rendered-page';

/** `body` is the HTML already encoded, with its ETag (and compressed once per encoding): a hit sends bytes. */
export type CachedPage = RenderedPage & { body: CompressibleBody };

export type PageCacheOptions = {
  render: (url: string) => Promise<RenderedPage>;
  /** The cache keys of what the page at a path shows (`content/cache-keys.ts`); none by default. */
  keysOf?: (pathname: string) => string[];
  ttlMs?: number;
  maxEntries?: number;
  /** Milliseconds on any steady clock; injected by tests. */
  now?: () => number;
};

export type PageCache = {
  /** The page at `pathname`, rendered from `url` when it is not cached; concurrent misses share one render. */
  page(pathname: string, url: string): Promise<CachedPage>;
  /** A page only one reader may see (a form with their key): rendered for this request, never kept. */
  uncached(url: string): Promise<CachedPage>;
  /** Drop every page that shows any of these cache keys; a render under way for one is answered, not kept. */
  purge(keys: Iterable<string>): void;
  /** The cache keys of the page stored at `pathname`, as they were named when it was rendered. */
  keysOf(pathname: string): string[];
};

/**
 * Rendered HTML, shared by every reader for a short while. Pages hold nothing personal (no cookies reach
 * the render), so one copy serves everyone; the TTL bounds how stale "Trending" can get, and the size bound
 * keeps random URLs from filling memory (least recently used goes first).
 */
export function createPageCache({
  render,
  keysOf = () => [],
  ttlMs = 30_000,
  maxEntries = 500,
  now,
}: PageCacheOptions): PageCache {
  const cache = createTaggedCache<CachedPage, string>({
    max: maxEntries,
    ttl: ttlMs,
    now,
    keysOf,
    fetch: async (_pathname, url) => {
      const rendered = await render(url);
      return { ...rendered, body: CompressibleBody.of(rendered.html) };
    },
  });
  return {
    async page(pathname, url) {
      const page = (await cache.get(pathname, url)) as CachedPage;
      // A redirect depends on the URL asked for (and is cheap): never served from the cache.
      if (page.redirect) cache.delete(pathname);
      return page;
    },
    async uncached(url) {
      const rendered = await render(url);
      return { ...rendered, body: CompressibleBody.of(rendered.html) };
    },
    purge: (keys) => cache.purge(keys),
    keysOf: (pathname) => cache.keysOf(pathname),
  };
}
