// `npm run bench [-- --quick] [--strict] [--scale-max 10000] [--skip-build]
//   [--only sizes,lighthouse,limit,interaction,reads,feedback,scale,cache,pg-feedback,instances,csv,pull,search]`
//   [--scale-sizes 1000,200000]`
// Builds, then measures sizes, Lighthouse, server load and scale against the production server, prints one
// table and writes bench/results.json. Exits 0 even when a budget fails, unless --strict. See docs/performance.md.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadBudgets } from './budgets';
import { kB, manifestPath, measureInitialAssets } from './bundle-size';
import { cleanUp, installSignalHandlers } from './cleanup';
import { contentPullRows, measureContentPull } from './content-pull';
import { csvExportRows, measureCsvExport } from './csv-export';
import {
  cacheRows,
  instancesRows,
  measureCache,
  measureInstances,
  measurePostgresFeedback,
  postgresFeedbackRows,
} from './cluster';
import { feedbackRows, measureFeedback } from './feedback';
import { lighthouseRows, measureLighthouse } from './lighthouse';
import { interactionRows, measureInteraction } from './interaction';
import { limitRows, measureLimit } from './limit';
import { measureReads, readRows } from './load';
import { atMost, errorRow, formatTable, info, type Row } from './report';
import { measureScale, SCALE_SIZES, scaleRows } from './scale';
import { measureSearch, SEARCH_ARTICLES, searchRows } from './search';
import type { SpawnOptions } from '../test/support/spawn-server';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS_FILE = path.join(import.meta.dirname, 'results.json');
const PARTS = [
  'sizes',
  'lighthouse',
  'limit',
  'interaction',
  'reads',
  'feedback',
  'scale',
  'cache',
  'pg-feedback',
  'instances',
  'csv',
  'pull',
  'search',
] as const;

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    'scale-max': { type: 'string', default: String(SCALE_SIZES.at(-1)) },
    'scale-sizes': { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    only: { type: 'string', default: PARTS.join(',') },
    'log-level': { type: 'string' },
  },
});
const only = new Set(flags.only.split(',').map((s) => s.trim()));
const unknown = [...only].filter((p) => !(PARTS as readonly string[]).includes(p));
const scaleMax = Number(flags['scale-max']);
// The series to run: the standard sizes up to --scale-max, or exactly those of --scale-sizes (the smallest is the
// base the p99 growth is read against).
const scaleSizes = flags['scale-sizes']
  ? flags['scale-sizes'].split(',').map(Number)
  : SCALE_SIZES.filter((n) => n <= scaleMax);
if (unknown.length > 0 || !Number.isFinite(scaleMax) || !scaleSizes.every((n) => Number.isInteger(n) && n > 0)) {
  console.error(
    `Unknown --only part(s) ${unknown.join(', ')} (use ${PARTS.join(',')}), or bad --scale-max or --scale-sizes`,
  );
  process.exit(2);
}
const loadDurationS = flags.quick ? 3 : 10;
const lighthouseRuns = flags.quick ? 1 : 3;
// At least five each for the limit comparison: a ratio of two medians wants more runs than one figure.
const limitRuns = flags.quick ? 2 : 5;
const server: SpawnOptions = flags['log-level'] ? { logLevel: flags['log-level'] } : {};

installSignalHandlers();
const budgets = loadBudgets();
const startedAt = new Date();
/** The client manifest's hash: if it changes mid-run, someone rebuilt and the figures mix two builds. */
const buildFingerprint = () =>
  existsSync(manifestPath()) ? createHash('sha256').update(readFileSync(manifestPath())).digest('hex') : null;
let buildAtStart: string | null = null;

/** The commit checked out, read from .git without running git (uncommitted changes are not visible here). */
function currentCommit(): string | null {
  try {
    const head = readFileSync(path.join(ROOT, '.git/HEAD'), 'utf8').trim();
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    if (!ref) return head;
    const loose = path.join(ROOT, '.git', ref);
    if (existsSync(loose)) return readFileSync(loose, 'utf8').trim();
    const packed = readFileSync(path.join(ROOT, '.git/packed-refs'), 'utf8');
    return (
      packed
        .split('\n')
        .find((line) => line.endsWith(` ${ref}`))
        ?.split(' ')[0] ?? null
    );
  } catch {
    return null;
  }
}
const commitAtStart = currentCommit();
const sections: { title: string; rows: Row[] }[] = [];
const details: Record<string, unknown> = {};

async function part<T>(key: (typeof PARTS)[number], title: string, measure: () => Promise<T>, rows: (f: T) => Row[]) {
  if (!only.has(key)) return;
  console.log(`${title}…`);
  const started = performance.now();
  try {
    const figures = await measure();
    details[key] = figures;
    sections.push({ title, rows: rows(figures) });
  } catch (error) {
    details[key] = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    sections.push({ title, rows: [errorRow(title, error)] });
    console.error(error);
  }
  console.log(`  ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

try {
  if (!flags['skip-build']) {
    console.log('npm run build…');
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) {
      console.error(`${build.stdout}\n${build.stderr}\nThe build failed: nothing to measure.`);
      process.exit(1);
    }
  }

  buildAtStart = buildFingerprint();
  await part(
    'sizes',
    'Initial JS and CSS of the article page (compressed)',
    async () => measureInitialAssets(),
    (s) => [
      atMost('initial JS, brotli 11', s.totals.js.brotli, budgets.bundle.initialJsBrotliBytes, kB),
      info('initial JS, gzip 9 (raw)', `${kB(s.totals.js.gzip)} (${kB(s.totals.js.bytes)}, ${s.js.length} file(s))`),
      atMost('initial CSS, brotli 11', s.totals.css.brotli, budgets.bundle.initialCssBrotliBytes, kB),
      info(
        'initial CSS, gzip 9 (raw)',
        `${kB(s.totals.css.gzip)} (${kB(s.totals.css.bytes)}, ${s.css.length} file(s))`,
      ),
    ],
  );
  await part(
    'lighthouse',
    `Lighthouse 12, mobile defaults, median of ${lighthouseRuns}`,
    () => measureLighthouse(lighthouseRuns, server),
    (pages) => lighthouseRows(pages, budgets.lighthouse),
  );
  await part(
    'limit',
    `Article and front page against their limit (no script, one compressed file): Lighthouse mobile, ${limitRuns} runs each, alternating`,
    () => measureLimit(limitRuns, server),
    (f) => limitRows(f, budgets.lighthouse),
  );
  await part(
    'interaction',
    `A reader answers Help us improve and follows a link: Chromium at 4x CPU, ${limitRuns} runs, Event Timing`,
    () => measureInteraction(limitRuns, server),
    (f) => interactionRows(f, budgets.lighthouse),
  );
  await part(
    'reads',
    `Reads: autocannon, 50 connections, ${loadDurationS} s each, fresh server each`,
    () => measureReads(loadDurationS, server),
    (f) => readRows(f, budgets.load),
  );
  await part(
    'feedback',
    `Feedback writes: 50 connections, ${loadDurationS} s, unique idempotency keys`,
    () => measureFeedback(loadDurationS, server),
    (f) => feedbackRows(f, budgets.load),
  );
  await part(
    'scale',
    `Scale: generated content at ${scaleSizes.map((n) => n.toLocaleString('en-US')).join(', ')} articles, 20 connections, 3 s`,
    () => measureScale(scaleSizes, server),
    (points) => scaleRows(points, budgets.scale),
  );
  await part(
    'cache',
    `Varnish in front of two instances: autocannon, 50 connections, ${loadDurationS} s`,
    () => measureCache(loadDurationS, server),
    (f) => cacheRows(f, budgets.cluster),
  );
  await part(
    'pg-feedback',
    `Feedback writes into PostgreSQL 15 (fsync on): 50 connections, ${loadDurationS} s`,
    () => measurePostgresFeedback(loadDurationS, server),
    (f) => postgresFeedbackRows(f, budgets.cluster),
  );
  await part(
    'instances',
    `One instance versus two over one PostgreSQL: 50 connections in all, ${loadDurationS} s`,
    () => measureInstances(loadDurationS, server),
    instancesRows,
  );
  await part(
    'csv',
    `CSV export: ${budgets.csvExport.rows.toLocaleString('en-US')} rows streamed from SQLite, one download`,
    () => measureCsvExport(budgets.csvExport.rows, server),
    (f) => csvExportRows(f, budgets.csvExport),
  );
  await part(
    'pull',
    `A pull into the followed folder: ${budgets.contentPull.changedFiles.toLocaleString('en-US')} files of ${budgets.contentPull.articles.toLocaleString('en-US')} changed at once`,
    () => measureContentPull(budgets.contentPull, server),
    (f) => contentPullRows(f, budgets.contentPull),
  );
  await part(
    'search',
    `Search: GET /api/search at ${SEARCH_ARTICLES.toLocaleString('en-US')} generated articles, 1 then 10 connections, ${loadDurationS} s each`,
    () => measureSearch(loadDurationS, server),
    searchRows,
  );
} finally {
  await cleanUp();
}

const rebuiltDuringRun = buildAtStart !== buildFingerprint();
if (rebuiltDuringRun) console.warn('\nWARNING: dist/ was rebuilt during the run; the figures may mix two builds.');
if (commitAtStart !== currentCommit())
  console.warn('\nWARNING: a commit landed during the run; the build may predate it.');
const rows = sections.flatMap((s) => s.rows);
const failures = rows.filter((r) => r.status === 'FAIL' || r.status === 'ERROR');
console.log(`\n${formatTable(sections)}\n`);
console.log(
  `${rows.filter((r) => r.status === 'pass').length} pass, ${failures.length} fail or error` +
    ` on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`,
);

writeFileSync(
  RESULTS_FILE,
  `${JSON.stringify(
    {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryMiB: Math.round(os.totalmem() / 2 ** 20),
        loadAverageAtEnd: os.loadavg(),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
      },
      commit: commitAtStart,
      commitChangedDuringRun: commitAtStart !== currentCommit(),
      rebuiltDuringRun,
      budgets,
      sections,
      details,
    },
    null,
    2,
  )}\n`,
);
console.log(`Wrote ${path.relative(ROOT, RESULTS_FILE)}`);
process.exit(flags.strict && failures.length > 0 ? 1 : 0);
