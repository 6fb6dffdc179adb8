import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { SEED_SLUG } from '../support/fixtures';
import { killRestartSoak } from '../soak/kill-restart';
import { expectNothingLostOrDoubled } from '../support/soak-outcome';

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
    expectNothingLostOrDoubled(counts);
  }, 90_000);
});
