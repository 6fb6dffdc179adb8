import { LRUCache } from 'lru-cache';

export type SubmissionLimit = {
  /** Takes one of the client's allowance, or answers how many seconds until it has one again. */
  take(client: string, now?: number): { ok: true } | { ok: false; retryAfterS: number };
  /** Gives it back: the submission was not newly stored (a replay, a duplicate, a refusal, a 503). */
  giveBack(client: string, now?: number): void;
};

/**
 * New submissions per client per fixed window. Hand-rolled rather than the rate-limit plugin because the
 * plugin counts every request before the route has run, so an outbox retrying after a lost answer burned the
 * reader's quota. Taken before the write (so concurrent requests can't overshoot) and given back after it.
 */
export function createSubmissionLimit(max: number, windowMs = 60_000): SubmissionLimit {
  const windows = new LRUCache<string, { start: number; count: number }>({ max: 100_000 });
  const current = (client: string, now: number) => {
    const window = windows.get(client);
    return window && now - window.start < windowMs ? window : undefined;
  };
  return {
    take(client, now = Date.now()) {
      const window = current(client, now);
      if (!window) {
        windows.set(client, { start: now, count: 1 });
        return { ok: true };
      }
      if (window.count >= max)
        return { ok: false, retryAfterS: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)) };
      window.count++;
      return { ok: true };
    },
    giveBack(client, now = Date.now()) {
      const window = current(client, now);
      if (window && window.count > 0) window.count--;
    },
  };
}
