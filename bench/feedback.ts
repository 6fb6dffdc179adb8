import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Options, Request } from 'autocannon';
import type { Budgets } from './budgets';
import { hammer, SEED_SLUG, type LoadFigures, describeStatuses } from './load';
import { atLeast, check, info, notAvailable, perSecond, type Row } from './report';
import { spawnServer, type SpawnOptions } from '../test/support/spawn-server';

// POST /api/articles/:slug/feedback under load, every request with a new idempotency key.
//
// How acknowledged keys are collected: autocannon's per-request hooks. With pipelining 1 a connection sends
// one request and waits for its answer; autocannon calls `onResponse` for that answer and only then
// `setupRequest` for the connection's next request. So the key `setupRequest` writes into the connection's
// context is, in `onResponse`, the key of the request being answered, and every 201 adds exactly its key.

const REASONS_NO = ['Factual error', 'Missing context', 'Hard to follow', 'Misleading headline'];
const REASONS_YES = ['Clear', 'Informative', 'Well sourced'];
const CATEGORIES = ['Factual error', 'Spelling or grammar', 'Broken link or image', 'Out of date'];

/** A valid submission, varied like real traffic: mostly ratings, some with comments, some error reports. */
export function feedbackBody(idempotencyKey: string, n: number): string {
  const timeOnPageMs = 4_000 + ((n * 7_919) % 600_000);
  if (n % 5 === 4)
    return JSON.stringify({
      idempotencyKey,
      kind: 'error-report',
      category: CATEGORIES[n % CATEGORIES.length],
      // Each comment differs once redacted too: the same comment from one client twice is stored once.
      comment: `The date in paragraph ${n} looks wrong; write to me at reader${n}@example.com.`,
      timeOnPageMs,
    });
  const helpful = n % 3 !== 0;
  const reasons = helpful ? REASONS_YES.slice(0, n % 3) : REASONS_NO.slice(n % 2, 1 + (n % 4));
  return JSON.stringify({
    idempotencyKey,
    kind: 'rating',
    helpful,
    reasons,
    ...(n % 2 ? { comment: `Thanks for this piece (${n}).` } : {}),
    timeOnPageMs,
  });
}

export type Submitted = { figures: LoadFigures & { acknowledged: number }; keys: string[] };

export async function submitUnderLoad(
  url: string,
  pathname: string,
  durationS: number,
  warmupS: number,
): Promise<Submitted> {
  const keys: string[] = [];
  let measuring = false;
  let acknowledged = 0;
  let n = 0;
  const request: Request = {
    method: 'POST',
    path: pathname,
    headers: { 'content-type': 'application/json' },
    setupRequest(req, context) {
      const key = randomUUID();
      context.key = key;
      return { ...req, body: feedbackBody(key, n++) };
    },
    onResponse(status, _body, context) {
      // Warm-up acknowledgements are checked against the store too; only the measured run's are counted.
      if (status !== 201) return;
      keys.push(context.key as string);
      if (measuring) acknowledged++;
    },
  };
  const options: Options = { url, connections: 50, duration: durationS, requests: [request] };
  if (warmupS > 0) await hammer({ ...options, duration: warmupS }, 0);
  measuring = true;
  const figures = await hammer(options, 0);
  measuring = false;
  return { figures: { ...figures, rps: acknowledged / figures.durationS, acknowledged }, keys };
}

export type FeedbackFigures = {
  stored: LoadFigures & { acknowledged: number };
  /** null: the server has no validate-only route (it answered 404). */
  validateOnly: (LoadFigures & { acknowledged: number }) | null;
  /** `duplicates`: a key acknowledged twice would mean the key-to-response pairing is off. */
  verification: { acknowledged: number; inStore: number; missing: number; duplicates: number; rowsInStore: number };
};

export type Verification = FeedbackFigures['verification'];

/** Every acknowledged key must be among the keys stored (read once the server has stopped). */
export function verifyKeys(stored: ReadonlySet<string>, acknowledged: string[]): Verification {
  const missing = acknowledged.filter((key) => !stored.has(key)).length;
  return {
    acknowledged: acknowledged.length,
    inStore: acknowledged.length - missing,
    missing,
    duplicates: acknowledged.length - new Set(acknowledged).size,
    rowsInStore: stored.size,
  };
}

/** The SQLite file's keys, read-only after a clean shutdown. */
function verifyStored(dataDir: string, acknowledged: string[]): Verification {
  const db = new Database(path.join(dataDir, 'broadsheet.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT idempotency_key AS key FROM feedback').all() as { key: string }[];
    return verifyKeys(new Set(rows.map((r) => r.key)), acknowledged);
  } finally {
    db.close();
  }
}

export async function measureFeedback(durationS: number, server: SpawnOptions = {}): Promise<FeedbackFigures> {
  const env = { ...server.env, FEEDBACK_RATE_LIMIT: '1000000000' };
  const real = await spawnServer({ ...server, env });
  let stored: Submitted;
  let verification: FeedbackFigures['verification'];
  try {
    stored = await submitUnderLoad(real.url, `/api/articles/${SEED_SLUG}/feedback`, durationS, 1);
    await real.stop();
    verification = verifyStored(real.dataDir, stored.keys);
  } finally {
    await real.dispose();
  }

  const baseline = await spawnServer({ ...server, env: { ...env, BENCH_ROUTES: '1' } });
  let validateOnly: FeedbackFigures['validateOnly'] = null;
  try {
    const probe = await fetch(`${baseline.url}/api/bench/feedback-validate-only`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: feedbackBody(randomUUID(), 0),
    });
    await probe.arrayBuffer();
    if (probe.status !== 404) {
      const run = await submitUnderLoad(baseline.url, '/api/bench/feedback-validate-only', durationS, 1);
      validateOnly = run.figures;
    }
  } finally {
    await baseline.dispose();
  }
  return { stored: stored.figures, validateOnly, verification };
}

export function feedbackRows(f: FeedbackFigures, budgets: Budgets['load']): Row[] {
  const v = f.verification;
  const rows: Row[] = [
    atLeast('POST feedback: acknowledged (201)/s', f.stored.rps, budgets.feedbackAcknowledgedPerSec, (n) =>
      perSecond(n, '/s'),
    ),
    info('POST feedback: p99, statuses', `${f.stored.p99Ms} ms, ${describeStatuses(f.stored)}`),
  ];
  if (f.validateOnly) {
    const share = Math.round((f.stored.rps / f.validateOnly.rps) * 100);
    rows.push(
      info(
        'POST validate-only baseline: 201/s (stored ÷ baseline)',
        `${perSecond(f.validateOnly.rps, '/s')} (${share}%)`,
      ),
    );
  } else rows.push(notAvailable('POST validate-only baseline', 'n/a (route answers 404)'));
  rows.push(verificationRow(v));
  return rows;
}

export const verificationRow = (v: Verification): Row =>
  check(
    'Every acknowledged key is in the store',
    v.missing === 0 && v.duplicates === 0 && v.acknowledged > 0,
    `${v.inStore.toLocaleString('en-US')}/${v.acknowledged.toLocaleString('en-US')} (${v.missing} missing, ${v.duplicates} dup.)`,
    'all',
  );
