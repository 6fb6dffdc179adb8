import { surrogateKeyHeader } from './surrogate-key';

/** Tells every shared cache in front (CACHE_PURGE_URLS) to drop what names any of these keys. */
export type PurgeCaches = (keys: readonly string[]) => Promise<void>;

export type CachePurgerOptions = {
  /** One address per cache (Varnish: the address it listens on; deploy/varnish/default.vcl). */
  urls: readonly string[];
  /** A cache that did not confirm: it keeps serving the old answer until its TTL (s-maxage) runs out. */
  onError: (url: string, error: unknown) => void;
  timeoutMs?: number;
};

/**
 * One `PURGE` request per cache carrying `Surrogate-Key: key1 key2 …`, all caches at once. A failure is
 * reported, not thrown: readers are still served, at worst stale for one s-maxage.
 */
export function createCachePurger({ urls, onError, timeoutMs = 5_000 }: CachePurgerOptions): PurgeCaches {
  return async (keys) => {
    if (keys.length === 0) return;
    const header = surrogateKeyHeader(keys);
    await Promise.all(
      urls.map(async (url) => {
        try {
          const res = await fetch(url, {
            method: 'PURGE',
            headers: { 'surrogate-key': header },
            signal: AbortSignal.timeout(timeoutMs),
          });
          await res.body?.cancel();
          if (!res.ok) throw new Error(`the cache answered ${res.status}`);
        } catch (error) {
          onError(url, error);
        }
      }),
    );
  };
}
