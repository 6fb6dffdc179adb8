import { createTaggedCache } from '../cache/tagged-cache';
import { CompressibleBody } from '../http/compressible-body';
import type { RenderedPage } from './rendered-page';

/** `body` is the HTML already encoded, with its ETag (and compressed once per encoding): a hit sends bytes. */
export type CachedPage = RenderedPage & { body: CompressibleBody };

export type PageCacheOptions = {
  render: (url: string, origin: string) => Promise<RenderedPage>;
  /** The cache keys of what the page at a path shows (`content/cache-keys.ts`); none by default. */
  keysOf?: (pathname: string) => string[];
  ttlMs?: number;
  maxEntries?: number;
  /** Milliseconds on any steady clock; injected by tests. */
  now?: () => number;
};

export type PageCache = {
  /**
   * The page at `pathname` for the site at `origin` (its absolute addresses name it), rendered from `url` when it
   * is not cached; concurrent misses share one render.
   */
  page(pathname: string, url: string, origin: string): Promise<CachedPage>;
  /** A page only one reader may see (a form with their key): rendered for this request, never kept. */
  uncached(url: string, origin: string): Promise<CachedPage>;
  /** Drop every page that shows any of these cache keys; a render under way for one is answered, not kept. */
  purge(keys: Iterable<string>): void;
  /** The cache keys of the page stored at `pathname` for `origin`, as they were named when it was rendered. */
  keysOf(pathname: string, origin: string): string[];
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
  // One entry per origin and path: with PUBLIC_URL set there is one origin; without it, each allowed host.
  const entryKey = (origin: string, pathname: string) => `${origin}${pathname}`;
  const cache = createTaggedCache<CachedPage, { url: string; origin: string }>({
    max: maxEntries,
    ttl: ttlMs,
    now,
    keysOf: (key) => keysOf(new URL(key).pathname),
    fetch: async (_key, { url, origin }) => {
      const rendered = await render(url, origin);
      return { ...rendered, body: CompressibleBody.of(rendered.html) };
    },
  });
  return {
    async page(pathname, url, origin) {
      const key = entryKey(origin, pathname);
      const page = (await cache.get(key, { url, origin })) as CachedPage;
      // A redirect depends on the URL asked for (and is cheap): never served from the cache.
      if (page.redirect) cache.delete(key);
      return page;
    },
    async uncached(url, origin) {
      const rendered = await render(url, origin);
      return { ...rendered, body: CompressibleBody.of(rendered.html) };
    },
    purge: (keys) => cache.purge(keys),
    keysOf: (pathname, origin) => cache.keysOf(entryKey(origin, pathname)),
  };
}
