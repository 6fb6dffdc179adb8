import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { killHard, postRating, startChildServer } from '../support/child-server';
import { SEED_SLUG } from '../support/fixtures';

const dataDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const CLIENTS = 16;
const KILL_AFTER_ACKS = 150;

describe('an acknowledged submission survives kill -9', () => {
  it('keeps every acknowledged key exactly once after the server is killed mid-stream and restarted', async () => {
    const server = await startChildServer(dataDir);
    const acknowledged = new Map<string, string>();
    let stop = false;

    const client = async () => {
      while (!stop) {
        const key = randomUUID();
        try {
          const res = await postRating(server.url, SEED_SLUG, key);
          if (res.status === 201) acknowledged.set(key, ((await res.json()) as { id: string }).id);
        } catch {
          return; // the server is gone: whatever was not acknowledged may or may not be stored
        }
        if (acknowledged.size >= KILL_AFTER_ACKS && !stop) {
          stop = true;
          await killHard(server);
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

    // Restart on the same file: it must open (recover the WAL) and hold every acknowledged key once.
    const restarted = await startChildServer(dataDir);
    try {
      const db = new Database(path.join(dataDir, 'broadsheet.sqlite'), { readonly: true });
      const count = db.prepare('SELECT COUNT(*) AS n FROM feedback WHERE idempotency_key = ? AND public_id = ?');
      const missing = [...acknowledged].filter(([key, id]) => (count.get(key, id) as { n: number }).n !== 1);
      db.close();
      expect(missing).toEqual([]);

      // A browser retrying an acknowledged submission gets the same id back, not a second row.
      const [key, id] = [...acknowledged][0] as [string, string];
      const replay = await postRating(restarted.url, SEED_SLUG, key);
      expect(replay.status).toBe(200);
      expect(await replay.json()).toEqual({ id, status: 'replayed' });
    } finally {
      await killHard(restarted);
    }
  }, 60_000);
});
