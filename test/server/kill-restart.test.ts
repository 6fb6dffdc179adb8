import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../support/fixtures';
import { killRestartSoak } from '../soak/kill-restart';

const scratch = mkdtempSync(path.join(tmpdir(), 'broadsheet-kill-restart-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The short version of `npm run soak`. Each restart opens the same SQLite file after a kill -9 (WAL recovery).
describe('clients retrying through repeated SIGKILLs', () => {
  it('lose nothing and duplicate nothing, and a retry after restart gets the same id back', async () => {
    const counts = await killRestartSoak({
      dataDir: scratch,
      restarts: 5,
      clients: 8,
      acksPerRound: 10,
      slug: SEED_SLUG,
    });
    expect(counts.acknowledged).toBeGreaterThan(20);
    expect(counts).toMatchObject({ duplicates: 0, lost: 0 });
    expect(counts.acknowledged).toBe(counts.sent);
    expect(counts.stored).toBe(counts.sent);
    // A browser retrying an acknowledged submission gets the same id back, not a second row.
    expect(counts.replay.id).not.toBe('');
    expect(counts.replay.status).toBe(200);
    expect(counts.replay.body).toEqual({ id: counts.replay.id, status: 'replayed' });
  }, 90_000);
});
