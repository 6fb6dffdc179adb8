import { randomUUID } from 'node:crypto';
import { spawnServer, type SpawnedServer } from './spawn-server';

/**
 * The API server from source in its own process (no build, no pages) over `dataDir` (a fresh one by default),
 * with no rate limit in the way; `env` adds to its environment (DATABASE_URL…).
 */
export function startApiServer(dataDir?: string, env: Record<string, string> = {}): Promise<SpawnedServer> {
  return spawnServer({ entry: 'source', dataDir, logLevel: 'warn', env: { FEEDBACK_RATE_LIMIT: '1000000', ...env } });
}

/**
 * POSTs a valid rating, as the browser would after reading for a while. The body depends only on the
 * key, so calling again with the same key is a true retry of the same submission.
 */
export function postRating(baseUrl: string, slug: string, key: string = randomUUID(), signal?: AbortSignal) {
  return fetch(`${baseUrl}/api/articles/${slug}/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      idempotencyKey: key,
      kind: 'rating',
      helpful: true,
      reasons: ['Clear'],
      timeOnPageMs: 9_000,
    }),
    signal,
  });
}
