import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewFeedback } from '../../src/server/store/store';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

const TOKEN = 'editor-token-for-tests';
const bearer = { authorization: `Bearer ${TOKEN}` };
const ROWS = 5_000;
let server: TestServer;

const item = (i: number): NewFeedback => ({
  publicId: randomUUID(),
  idempotencyKey: randomUUID(),
  bodyHash: `hash-${i}`,
  articleSlug: SEED_SLUG,
  kind: 'rating',
  helpful: i % 2 === 0,
  reasons: [],
  comment: `Comment ${i}: ${'é'.repeat(1_000)}`,
  category: null,
  spamReason: null,
  duplicateKey: null,
  createdAt: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(),
});

beforeAll(async () => {
  server = await createTestServer(undefined, { adminToken: TOKEN, feedbackRateLimit: 1000 });
  await server.store.addFeedback(
    Array.from({ length: ROWS }, (_, i) => item(i)),
    0,
  );
}, 30_000);
afterAll(() => server.close());

describe('CSV export', () => {
  it('starts with a UTF-8 byte order mark only when asked (?bom=1)', { timeout: 30_000 }, async () => {
    const withBom = await server.app.inject({ url: '/api/admin/feedback.csv?bom=1', headers: bearer });
    expect(withBom.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const without = await server.app.inject({ url: '/api/admin/feedback.csv', headers: bearer });
    expect(without.rawPayload.subarray(0, 4).toString()).toBe('"id"');
    expect(without.body.trim().split('\r\n')).toHaveLength(ROWS + 1);
    const bad = await server.app.inject({ url: '/api/admin/feedback.csv?bom=yes', headers: bearer });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('bom');
  });

  // About 10 MB: more than the socket buffers hold, so the export is still reading rows when the write comes.
  it('streams while the store keeps taking feedback, and the file holds every row', async () => {
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const address = server.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const res = await fetch(`http://127.0.0.1:${port}/api/admin/feedback.csv`, {
      headers: { ...bearer, 'accept-encoding': 'identity' },
    });
    expect(res.headers.get('content-length')).toBeNull();
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    // Half way through the export, a reader sends feedback: the write must not wait for or break the export.
    const write = await server.app.inject({
      method: 'POST',
      url: `/api/articles/${SEED_SLUG}/feedback`,
      headers: { 'content-type': 'application/json' },
      payload: { idempotencyKey: randomUUID(), kind: 'rating', helpful: true, timeOnPageMs: 10_000 },
    });
    expect(write.statusCode).toBe(201);
    const chunks = [first.value as Uint8Array];
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.split('\r\n').filter(Boolean).length).toBeGreaterThanOrEqual(ROWS + 1);
    expect(text).toContain(`Comment 0: ${'é'.repeat(1_000)}`);
  }, 30_000);
});
