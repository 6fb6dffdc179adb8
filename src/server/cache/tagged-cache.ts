import { LRUCache } from 'lru-cache';

export type TaggedCacheOptions<V extends object, C> = {
  /** Which cache keys (`content/cache-keys.ts`) the answer stored under `key` depends on, as content is now. */
  keysOf: (key: string) => string[];
  fetch: (key: string, context: C) => Promise<V | undefined>;
} & Pick<LRUCache.OptionsBase<string, V, unknown>, 'max' | 'maxSize' | 'sizeCalculation' | 'ttl'> & {
    /** Milliseconds on any steady clock; injected by tests. */
    now?: () => number;
  };

export type TaggedCache<V, C> = {
  /** The answer under `key`, fetched when missing; concurrent misses share one fetch. */
  get(key: string, context: C): Promise<V | undefined>;
  delete(key: string): void;
  /** The cache keys the answer under `key` was stored with, or (none stored) as content is now. */
  keysOf(key: string): string[];
  /** Drop every answer stored under any of these cache keys. */
  purge(keys: Iterable<string>): void;
};

/**
 * An LRU of answers, each stored under the cache keys of what it shows (surrogate keys), so a content change
 * can drop exactly the answers it touches.
 */
export function createTaggedCache<V extends object, C = unknown>({
  keysOf,
  fetch,
  now,
  ...limits
}: TaggedCacheOptions<V, C>): TaggedCache<V, C> {
  const byKey = new Map<string, Set<string>>();
  const keysByEntry = new Map<string, string[]>();
  const forget = (entry: string) => {
    for (const key of keysByEntry.get(entry) ?? []) byKey.get(key)?.delete(entry);
    keysByEntry.delete(entry);
  };
  const tag = (entry: string) => {
    forget(entry);
    const keys = keysOf(entry);
    keysByEntry.set(entry, keys);
    for (const key of keys) {
      const entries = byKey.get(key) ?? new Set<string>();
      entries.add(entry);
      byKey.set(key, entries);
    }
  };
  const options: LRUCache.OptionsBase<string, V, unknown> = {
    ...limits,
    // An injected clock is read on every lookup rather than debounced on a real timer.
    ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
    // A fetch under way when its entry is purged still answers its waiters, and is not stored: it may
    // predate the change.
    ignoreFetchAbort: true,
    fetchMethod: async (entry, _stale, { context }) => {
      tag(entry); // before the fetch, so a change while it runs purges (aborts) it
      const value = await fetch(entry, context as C);
      tag(entry); // and again with what it shows now
      return value;
    },
    // Replacing a value keeps the tags its fetch just set.
    dispose: (_value, entry, reason) => {
      if (reason !== 'set') forget(entry);
    },
  };
  const cache = new LRUCache<string, V, unknown>(options as LRUCache.Options<string, V, unknown>);
  return {
    get: (key, context) => cache.fetch(key, { context }),
    delete: (key) => void cache.delete(key),
    // Read back rather than worked out again: for an article, `keysOf` counts its related articles.
    keysOf: (key) => keysByEntry.get(key) ?? keysOf(key),
    purge(keys) {
      const entries = new Set<string>();
      for (const key of keys) for (const entry of byKey.get(key) ?? []) entries.add(entry);
      for (const entry of entries) {
        cache.delete(entry);
        forget(entry); // also for a fetch under way, which has no value to dispose
      }
    },
  };
}
