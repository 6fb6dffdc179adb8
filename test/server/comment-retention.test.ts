import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { feedbackReportSchema } from '../../src/contract/feedback';
import { readConfig } from '../../src/server/config';
import { RETENTION_INTERVAL_MS, scheduleCommentRetention } from '../../src/server/editor/comment-retention';
import type { NewFeedback } from '../../src/server/store/store';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

const TOKEN = 'editor-token-for-tests';
let server: TestServer;

const rating = (createdAt: string, comment: string): NewFeedback => ({
  publicId: randomUUID(),
  idempotencyKey: randomUUID(),
  bodyHash: randomUUID(),
  articleSlug: SEED_SLUG,
  kind: 'rating',
  helpful: false,
  reasons: ['Missing context'],
  comment,
  category: null,
  spamReason: null,
  duplicateKey: null,
  createdAt,
});
const report = async () =>
  feedbackReportSchema.parse(
    (await server.app.inject({ url: '/api/admin/feedback', headers: { authorization: `Bearer ${TOKEN}` } })).json(),
  );
const comments = async () => (await report()).recent.map((item) => item.comment).sort();

beforeAll(async () => {
  server = await createTestServer(undefined, { adminToken: TOKEN });
  await server.store.addFeedback(
    [
      rating('2026-01-10T09:00:00.000Z', 'January'),
      rating('2026-05-31T23:00:00.000Z', 'End of May'),
      rating('2026-06-02T12:00:00.000Z', 'June'),
    ],
    0,
  );
});
afterAll(() => server.close());
afterEach(() => vi.useRealTimers());

describe('comment retention', () => {
  it('deletes comments older than the period now and on its hourly run, keeping every count', async () => {
    vi.useFakeTimers();
    let now = new Date('2026-12-01T00:30:00.000Z');
    const stop = scheduleCommentRetention({ store: server.store, months: 6, now: () => now });
    // Six months before 1 December is 1 June: January and May go, June stays.
    expect(await comments()).toEqual(['June', null, null]);
    expect((await report()).totals).toMatchObject({ no: 3, reasons: { 'Missing context': 3 } });

    now = new Date('2026-12-02T12:30:00.000Z');
    vi.advanceTimersByTime(RETENTION_INTERVAL_MS);
    expect(await comments()).toEqual([null, null, null]);
    expect((await report()).totals).toMatchObject({ no: 3 });
    stop();
  });

  it('is a setting: six months unless FEEDBACK_RETENTION_MONTHS says otherwise, and a bad value is named', () => {
    expect(readConfig({}).feedbackRetentionMonths).toBe(6);
    expect(readConfig({ FEEDBACK_RETENTION_MONTHS: '12' }).feedbackRetentionMonths).toBe(12);
    expect(() => readConfig({ FEEDBACK_RETENTION_MONTHS: 'half a year' })).toThrow(/FEEDBACK_RETENTION_MONTHS/);
    expect(() => readConfig({ FEEDBACK_RETENTION_MONTHS: '0' })).toThrow(
      /FEEDBACK_RETENTION_MONTHS: must be at least 1/,
    );
  });
});
