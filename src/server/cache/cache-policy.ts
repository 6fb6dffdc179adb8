import type { FastifyInstance, FastifyReply } from 'fastify';
import { surrogateKeyHeader } from './surrogate-key';

/**
 * Cache-Control for what every reader may share (docs/deploy.md explains the figures). `max-age` is the
 * browser's: nothing can purge it, so it stays short. `s-maxage` is a shared cache's (Varnish, a CDN), which the
 * server purges by surrogate key when content changes. `stale-while-revalidate` lets a cache answer at once while
 * it refetches; `stale-if-error` keeps the site readable for a day when every instance is down.
 */
export const cachePolicies = {
  /** Pages show trending, which no purge follows: a shared cache keeps them a minute. */
  page: 'public, max-age=30, s-maxage=60, stale-while-revalidate=30, stale-if-error=86400',
  /** Article and list answers change only with content, and every change purges them: kept an hour. */
  content: 'public, max-age=30, s-maxage=3600, stale-while-revalidate=30, stale-if-error=86400',
  /** Trending moves with every read: as long as the server's own page cache keeps it. */
  trending: 'public, max-age=30, s-maxage=30, stale-while-revalidate=30, stale-if-error=86400',
  /** Everything else: admin, sessions, feedback, views, errors. */
  private: 'private, no-store',
} as const;

export type CachePolicy = keyof typeof cachePolicies;

/** Marks an answer as shared by every reader, under the cache keys of what it shows. */
export function shareable(reply: FastifyReply, policy: Exclude<CachePolicy, 'private'>, keys: readonly string[]) {
  reply.header('cache-control', cachePolicies[policy]);
  if (keys.length > 0) reply.header('surrogate-key', surrogateKeyHeader(keys));
  return reply;
}

/** An answer no route marked shareable is private: a new route cannot leak into a shared cache by omission. */
export function registerPrivateByDefault(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply) => {
    // Static files set theirs on the raw response (app.ts).
    if (!reply.hasHeader('cache-control') && !reply.raw.hasHeader('cache-control'))
      reply.header('cache-control', cachePolicies.private);
  });
}
