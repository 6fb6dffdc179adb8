import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../support/fixtures';
import { postRating, startApiServer } from '../support/child-server';
import type { SpawnedServer } from '../support/spawn-server';

// An operator's sqlite3 shell (or anything else) holding SQLite's write lock must not freeze the server:
// better-sqlite3 is synchronous, so every millisecond a write waits is a millisecond nobody is answered.

let dataDir: string;
let server: SpawnedServer;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-lock-'));
  server = await startApiServer(dataDir);
  // Warm up the routes (first-request compilation), so what is timed below is the lock alone.
  for (const send of [() => fetch(`${server.url}/api/publication`), view, () => postRating(server.url, SEED_SLUG)])
    await (await send()).arrayBuffer();
});
afterAll(async () => {
  await server.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

const timed = async (send: () => Promise<Response>) => {
  const started = performance.now();
  const res = await send();
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
};
const view = () =>
  fetch(`${server.url}/api/articles/${SEED_SLUG}/views`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });

describe('an outside write lock on the database', () => {
  it(
    'leaves reads answering at once and makes writes fail fast with 503, until it is released',
    { timeout: 20_000 },
    async () => {
      const outsider = new Database(path.join(dataDir, 'broadsheet.sqlite'));
      outsider.exec('BEGIN IMMEDIATE');
      try {
        // Writes queued ahead of the read would each have held the event loop for the whole busy timeout.
        const writes = [timed(view), timed(() => postRating(server.url, SEED_SLUG)), timed(view)];
        const read = await timed(() => fetch(`${server.url}/api/publication`));
        const trending = await timed(() => fetch(`${server.url}/api/trending`));
        expect(read.status).toBe(200);
        // Waiting on the lock took 5 s per write; a read that never waits answers in a few milliseconds.
        expect(read.ms).toBeLessThan(200);
        expect(trending.status).toBe(200);
        for (const write of await Promise.all(writes)) {
          expect(write.status).toBe(503);
          expect(write.ms).toBeLessThan(1_000);
        }
      } finally {
        outsider.exec('ROLLBACK');
        outsider.close();
      }
      expect((await postRating(server.url, SEED_SLUG)).status).toBe(201);
      expect((await view()).status).toBe(204);
    },
  );

  it('refuses a second server on the same data directory, naming it', async () => {
    await expect(startApiServer(dataDir)).rejects.toThrow(
      `Another Broadsheet server is already using the data directory ${dataDir}`,
    );
  }, 40_000);
});
