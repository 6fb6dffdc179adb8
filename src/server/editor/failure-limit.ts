import { LRUCache } from 'lru-cache';

export type FailureLimit = {
  /** Seconds until the client may try again, or 0 when it may try now. */
  retryAfter(client: string): number;
  record(client: string): void;
};

/**
 * Failed credential checks per client in a fixed window. One counter for every way a token can be tried
 * (sign-in and `Authorization: Bearer` on any editor route), so no door guesses faster than the others.
 */
export function createFailureLimit({
  max,
  windowMs,
  now = Date.now,
}: {
  max: number;
  windowMs: number;
  now?: () => number;
}): FailureLimit {
  // Bounded, so a flood of distinct clients cannot grow memory; the oldest windows go first.
  const windows = new LRUCache<string, { count: number; resetAt: number }>({ max: 50_000 });
  const current = (client: string) => {
    const window = windows.get(client);
    return window && window.resetAt > now() ? window : undefined;
  };
  return {
    retryAfter(client) {
      const window = current(client);
      return window && window.count >= max ? Math.ceil((window.resetAt - now()) / 1000) : 0;
    },
    record(client) {
      const window = current(client) ?? { count: 0, resetAt: now() + windowMs };
      windows.set(client, { ...window, count: window.count + 1 });
    },
  };
}
