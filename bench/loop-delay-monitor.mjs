// Loaded into the server under test (`NODE_OPTIONS=--import …`) by bench/csv-export.ts and bench/content-pull.ts: the server's own event
// loop delay, which a client in another process cannot see. On SIGUSR2 it writes what it saw since the last
// signal to LOOP_DELAY_FILE and starts again. Values include the timer's own period (RESOLUTION_MS).
import { renameSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const RESOLUTION_MS = 10;
const file = process.env.LOOP_DELAY_FILE;
const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
histogram.enable();
let seq = 0;
process.on('SIGUSR2', () => {
  const ms = (ns) => ns / 1e6;
  const figures = {
    seq: ++seq,
    resolutionMs: RESOLUTION_MS,
    maxMs: ms(histogram.max),
    p99Ms: ms(histogram.percentile(99)),
  };
  // Written aside and renamed into place, so the bench never reads half a file.
  if (file) {
    writeFileSync(`${file}.tmp`, JSON.stringify(figures));
    renameSync(`${file}.tmp`, file);
  }
  histogram.reset();
});
