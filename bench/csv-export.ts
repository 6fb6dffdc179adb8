import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Budgets } from './budgets';
import { makeTempDir, removeTempDir } from './cleanup';
import { loopDelay, LOOP_DELAY_MONITOR } from './loop-delay';
import { atMost, info, ms, type Row } from './report';
import { openSqliteStore } from '../src/server/store/sqlite-store';
import type { NewFeedback } from '../src/server/store/store';
import { spawnServer, type SpawnOptions } from '../test/support/spawn-server';

// GET /api/admin/feedback.csv over a database of `rows` rows (budgets.json: csvExport.rows, 1,000,000): the server's RSS growth while it streams the
// whole file, and the longest its event loop stalled (measured inside the server, bench/loop-delay-monitor.mjs).

/** Characters per comment: long enough that the file is hundreds of MB, every row quoted and escaped. */
const COMMENT_CHARS = 300;
const BATCH = 5_000;
const TOKEN = 'bench-editor-token-0123456789';
const RSS_SAMPLE_MS = 100;
const IDLE_BASELINE_MS = 3_000;

export type CsvExportFigures = {
  rows: number;
  bytes: number;
  fillMs: number;
  exportMs: number;
  rssBeforeMiB: number;
  rssPeakMiB: number;
  rssGrowthMiB: number;
  /** The longest event-loop stall during the export: the monitor's max delay less its own period. */
  maxStallMs: number;
  p99DelayMs: number;
  /** The same, with the server idle for IDLE_BASELINE_MS just before: the machine's share of the figure. */
  idleMaxStallMs: number;
};

/** A comment that exercises the CSV escaping: quotes, commas, non-ASCII text and, now and then, a formula. */
function comment(n: number): string {
  const start = n % 50 === 0 ? '=SUM(A1:A9) ' : '';
  const base = `${start}Row ${n}: the "figures", as reported — café, naïve, 東京; `;
  return base.repeat(Math.ceil(COMMENT_CHARS / base.length)).slice(0, COMMENT_CHARS);
}

async function fill(dataDir: string, rows: number): Promise<void> {
  const store = openSqliteStore(dataDir);
  const now = Date.now();
  try {
    for (let first = 0; first < rows; first += BATCH) {
      const batch: NewFeedback[] = [];
      for (let n = first; n < Math.min(rows, first + BATCH); n++)
        batch.push({
          publicId: randomUUID(),
          idempotencyKey: randomUUID(),
          bodyHash: `bench-${n}`,
          articleSlug: `article-${n % 997}`,
          kind: n % 5 === 4 ? 'error-report' : 'rating',
          helpful: n % 5 === 4 ? null : n % 3 !== 0,
          reasons: n % 5 === 4 ? [] : ['Clear'],
          comment: comment(n),
          category: n % 5 === 4 ? 'Factual error' : null,
          spamReason: null,
          duplicateKey: null,
          // Within the last days: the retention job must find nothing to delete.
          createdAt: new Date(now - (n % 86_400) * 1_000).toISOString(),
        });
      await store.addFeedback(batch, 0);
    }
  } finally {
    await store.close();
  }
}

export async function measureCsvExport(rows: number, server: SpawnOptions = {}): Promise<CsvExportFigures> {
  const dataDir = makeTempDir('csv');
  const delayFile = path.join(dataDir, 'loop-delay.json');
  try {
    const filling = performance.now();
    await fill(dataDir, rows);
    const fillMs = performance.now() - filling;
    const running = await spawnServer({
      ...server,
      dataDir,
      env: {
        ...server.env,
        FEEDBACK_ADMIN_TOKEN: TOKEN,
        NODE_OPTIONS: `--import ${LOOP_DELAY_MONITOR}`,
        LOOP_DELAY_FILE: delayFile,
      },
    });
    try {
      // The same monitor over an idle stretch first: what the machine alone (other processes, the scheduler)
      // costs the loop, to read the export's figure against.
      await loopDelay(running.pid, delayFile, 1);
      await sleep(IDLE_BASELINE_MS);
      const idle = await loopDelay(running.pid, delayFile, 2);
      const rssBeforeMiB = running.rssMiB();
      let rssPeakMiB = rssBeforeMiB;
      const sampler = setInterval(() => (rssPeakMiB = Math.max(rssPeakMiB, running.rssMiB())), RSS_SAMPLE_MS);
      const started = performance.now();
      let bytes = 0;
      let lines = 0;
      try {
        const response = await fetch(running.at('/api/admin/feedback.csv'), {
          headers: { authorization: `Bearer ${TOKEN}` },
        });
        if (response.status !== 200 || !response.body) throw new Error(`The export answered ${response.status}`);
        const reader = response.body.getReader();
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
          bytes += read.value.byteLength;
          for (let at = read.value.indexOf(10); at !== -1; at = read.value.indexOf(10, at + 1)) lines++;
        }
      } finally {
        clearInterval(sampler);
      }
      const exportMs = performance.now() - started;
      const delay = await loopDelay(running.pid, delayFile, 3);
      // Comments hold no line breaks, so every row is one line, after the header's.
      if (lines !== rows + 1) throw new Error(`The export had ${lines - 1} rows, not ${rows}`);
      return {
        rows,
        bytes,
        fillMs,
        exportMs,
        rssBeforeMiB,
        rssPeakMiB,
        rssGrowthMiB: rssPeakMiB - rssBeforeMiB,
        maxStallMs: Math.max(0, delay.maxMs - delay.resolutionMs),
        p99DelayMs: delay.p99Ms,
        idleMaxStallMs: Math.max(0, idle.maxMs - idle.resolutionMs),
      };
    } finally {
      await running.dispose();
    }
  } finally {
    removeTempDir(dataDir);
  }
}

const MiB = (n: number) => `${n.toFixed(0)} MiB`;

export function csvExportRows(f: CsvExportFigures, budgets: Budgets['csvExport']): Row[] {
  return [
    info('rows, size, time', `${f.rows.toLocaleString('en-US')} rows, ${MiB(f.bytes / 2 ** 20)} in ${ms(f.exportMs)}`),
    atMost('server RSS growth during the export', f.rssGrowthMiB, budgets.rssGrowthMiB, MiB),
    atMost('longest event-loop stall in the server', f.maxStallMs, budgets.maxStallMs, ms),
    info('server RSS before → peak', `${MiB(f.rssBeforeMiB)} → ${MiB(f.rssPeakMiB)}`),
    info('event-loop delay p99 (timer period included)', ms(f.p99DelayMs)),
    info('longest stall with the server idle (the machine alone)', ms(f.idleMaxStallMs)),
    info('filling the database', ms(f.fillMs)),
  ];
}
