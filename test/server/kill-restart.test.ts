import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../support/fixtures';
import { killRestartSoak } from '../soak/kill-restart';

const scratch = mkdtempSync(path.join(tmpdir(), 'broadsheet-kill-restart-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The short version of `npm run soak`.
describe('clients retrying through repeated SIGKILLs', () => {
  it('lose nothing and duplicate nothing', async () => {
    const counts = await killRestartSoak({ dataDir: scratch, restarts: 5, clients: 8, runMs: 400, slug: SEED_SLUG });
    expect(counts.acknowledged).toBeGreaterThan(20);
    expect(counts).toMatchObject({ duplicates: 0, lost: 0 });
    expect(counts.acknowledged).toBe(counts.sent);
    expect(counts.stored).toBe(counts.sent);
  }, 90_000);
});
