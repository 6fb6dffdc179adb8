import { expect } from 'vitest';
import type { SoakCounts } from '../soak/retrying-clients';

/**
 * What every soak must end with, whatever was done to the servers: every submission acknowledged and stored once,
 * and a browser retrying an acknowledged one gets its id back instead of a second row.
 */
export function expectNothingLostOrDoubled(counts: SoakCounts): void {
  expect(counts.acknowledged).toBeGreaterThan(20);
  expect(counts).toMatchObject({ duplicates: 0, lost: 0 });
  expect(counts.acknowledged).toBe(counts.sent);
  expect(counts.stored).toBe(counts.sent);
  expect(counts.replay.id).not.toBe('');
  expect(counts.replay.status).toBe(200);
  expect(counts.replay.body).toEqual({ id: counts.replay.id, status: 'replayed' });
}
