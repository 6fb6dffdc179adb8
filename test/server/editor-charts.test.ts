import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackReportSchema, NO_REASONS, YES_REASONS } from '../../src/contract/feedback';
import type { NewFeedback } from '../../src/server/store/store';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres';
import { createTestServer, type TestServer } from '../support/server-app';

// The editor's charts read two aggregates from the report: ratings per UTC day and reasons per answer. Both are
// computed by the database; here they are checked against counts the test makes itself from the rows it stored.

const TOKEN = 'editor-token-for-chart-tests';
const SLUGS = ['trump-petro-white-house-meeting', 'why-leaves-change-colour', 'a-retired-article'];
const DAYS = ['2026-11-17', '2026-11-18', '2026-11-20', '2026-11-21', '2026-11-23'];

/** A fixed pseudo-random sequence (a linear congruential generator): varied rows, the same on every run. */
function sequence(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
}

function storedRows(count: number): NewFeedback[] {
  const pick = sequence(42);
  return Array.from({ length: count }, (_, i) => {
    const errorReport = pick(6) === 0;
    const helpful = pick(3) !== 0;
    const options: readonly string[] = helpful ? YES_REASONS : NO_REASONS;
    const reasons = options.filter(() => pick(3) === 0);
    const time = `${String(pick(24)).padStart(2, '0')}:${String(pick(60)).padStart(2, '0')}:00.000Z`;
    return {
      publicId: randomUUID(),
      idempotencyKey: randomUUID(),
      bodyHash: `hash-${i}`,
      articleSlug: SLUGS[pick(SLUGS.length)] as string,
      kind: errorReport ? 'error-report' : 'rating',
      helpful: errorReport ? null : helpful,
      reasons: errorReport ? [] : reasons,
      comment: errorReport ? 'Wrong date' : null,
      category: errorReport ? 'Factual error' : null,
      spamReason: pick(10) === 0 ? 'too-fast' : null,
      duplicateKey: null,
      createdAt: `${DAYS[pick(DAYS.length)]}T${time}`,
    };
  });
}

type Selection = { article?: string; from?: string; to?: string; spam?: 'only' };

/** The oracle: what a person counting the stored rows by hand would write down. */
function expectedCharts(rows: NewFeedback[], { article, from, to, spam }: Selection) {
  const ratings = rows.filter(
    (r) =>
      r.kind === 'rating' &&
      (!article || r.articleSlug === article) &&
      (!from || r.createdAt.slice(0, 10) >= from) &&
      (!to || r.createdAt.slice(0, 10) <= to) &&
      (r.spamReason !== null) === (spam === 'only'),
  );
  const days = new Map<string, { day: string; yes: number; no: number }>();
  const reasons = new Map<string, { answer: 'yes' | 'no'; reason: string; count: number }>();
  for (const r of ratings) {
    const day = r.createdAt.slice(0, 10);
    const tally = days.get(day) ?? { day, yes: 0, no: 0 };
    if (r.helpful) tally.yes += 1;
    else tally.no += 1;
    days.set(day, tally);
    const answer = r.helpful ? 'yes' : 'no';
    for (const reason of r.reasons) {
      const key = `${answer}|${reason}`;
      const given = reasons.get(key) ?? { answer, reason, count: 0 };
      given.count += 1;
      reasons.set(key, given);
    }
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    daily: [...days.values()].sort((a, b) => byName(a.day, b.day)),
    reasons: [...reasons.values()].sort(
      (a, b) => b.count - a.count || byName(a.answer, b.answer) || byName(a.reason, b.reason),
    ),
  };
}

const SELECTIONS: { name: string; selection: Selection }[] = [
  { name: 'every article', selection: {} },
  { name: 'one article', selection: { article: SLUGS[0] } },
  { name: 'an article no longer published', selection: { article: SLUGS[2] } },
  { name: 'a range of days', selection: { from: '2026-11-18', to: '2026-11-21' } },
  { name: 'one article on one day', selection: { article: SLUGS[1], from: '2026-11-23', to: '2026-11-23' } },
  { name: 'the suspected spam', selection: { spam: 'only' } },
];

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 60_000);
afterAll(() => cluster?.destroy());

const engines = [
  { name: 'SQLite', env: async () => ({}) },
  { name: 'PostgreSQL', env: async () => ({ DATABASE_URL: await cluster.createDatabase() }) },
];

describe.each(engines)('the report’s chart data, from $name', ({ env }) => {
  const rows = storedRows(600);
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(undefined, { adminToken: TOKEN, env: await env(), logLevel: 'error' });
    await server.store.addFeedback(rows, 0);
  }, 60_000);
  afterAll(() => server?.close());

  it.each(SELECTIONS)('counts ratings by day and reasons by answer for $name', async ({ selection }) => {
    const query = new URLSearchParams(selection as Record<string, string>).toString();
    const res = await server.app.inject({
      method: 'GET',
      url: `/api/admin/feedback${query ? `?${query}` : ''}`,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    const report = feedbackReportSchema.parse(res.json());
    const expected = expectedCharts(rows, selection);
    expect(expected.daily.length).toBeGreaterThan(0);
    expect(report.daily).toEqual(expected.daily);
    expect(report.reasons).toEqual(expected.reasons);
  });
});
