import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Loaded into a server under test with `NODE_OPTIONS=--import …` and `LOOP_DELAY_FILE`: its own event-loop delay. */
export const LOOP_DELAY_MONITOR = path.join(import.meta.dirname, 'loop-delay-monitor.mjs');

export type LoopDelay = { seq: number; resolutionMs: number; maxMs: number; p99Ms: number };

/** Asks the server's monitor for its figures since the last ask, and waits until the file says it answered. */
export async function loopDelay(pid: number, file: string, seq: number): Promise<LoopDelay> {
  process.kill(pid, 'SIGUSR2');
  for (;;) {
    if (existsSync(file)) {
      const figures = JSON.parse(readFileSync(file, 'utf8')) as LoopDelay;
      if (figures.seq === seq) return figures;
    }
    await sleep(20);
  }
}
