import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer(undefined, { feedbackRateLimit: 1000, adminToken: 'editor-token-for-tests' });
});
afterAll(() => server.close());

const url = `/api/articles/${SEED_SLUG}/feedback`;
const rating = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  kind: 'rating',
  helpful: false,
  reasons: ['Missing context'],
  comment: 'It needed more on the election.',
  timeOnPageMs: 60_000,
  ...overrides,
});
const post = (body: unknown, headers: Record<string, string> = {}, path = url) =>
  server.app.inject({
    method: 'POST',
    url: path,
    headers: { 'content-type': 'application/json', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
const stored = (includeSpam = true) => server.store.listFeedback({ includeSpam });

describe('POST /api/articles/:slug/feedback', () => {
  it('stores a new submission and answers 201 with its id', async () => {
    const res = await post(rating());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String), status: 'created' });
    expect(stored().some((f) => f.publicId === res.json().id)).toBe(true);
  });

  it('accepts an error report with a category and description', async () => {
    const res = await post({
      idempotencyKey: randomUUID(),
      kind: 'error-report',
      category: 'Factual error',
      comment: 'The date is wrong.',
    });
    expect(res.statusCode).toBe(201);
  });

  it('answers a replay of the same key and body with 200 and the same id, storing it once', async () => {
    const body = rating();
    const first = await post(body);
    const again = await post(body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id: first.json().id, status: 'replayed' });
    expect(stored().filter((f) => f.publicId === first.json().id)).toHaveLength(1);
  });

  it('refuses the same key with a different body (422)', async () => {
    const body = rating();
    await post(body);
    const res = await post({ ...body, comment: 'Something else entirely' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('idempotencyKey');
  });

  it('answers 409 while the first request with that key is still being written', async () => {
    const body = rating();
    const [a, b] = await Promise.all([post(body), post(body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const retry = await post(body);
    expect(retry.statusCode).toBe(200);
  });

  it('names each bad field in a 422 problem', async () => {
    const res = await post({
      idempotencyKey: 'not-a-uuid',
      kind: 'rating',
      helpful: 'yes',
      reasons: ['Clear'],
      comment: 'x'.repeat(2001),
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['idempotencyKey', 'helpful', 'comment']),
    );
  });

  it('refuses reasons that belong to the other answer, and unknown keys', async () => {
    const wrongReason = await post(rating({ helpful: true, reasons: ['Factual error'] }));
    expect(wrongReason.statusCode).toBe(422);
    expect(wrongReason.json().errors[0].path).toBe('reasons.0');
    const unknownKey = await post(rating({ admin: true }));
    expect(unknownKey.statusCode).toBe(422);
  });

  it('requires a description for an error report', async () => {
    const res = await post({
      idempotencyKey: randomUUID(),
      kind: 'error-report',
      category: 'Factual error',
      comment: '   ',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['comment']);
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await post('{"kind": "rating",');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('answers 404 for an unknown article', async () => {
    expect((await post(rating(), {}, '/api/articles/no-such-article/feedback')).statusCode).toBe(404);
  });

  it('answers 413 for a body over 16 KiB', async () => {
    const res = await post(rating({ comment: 'x'.repeat(17 * 1024) }));
    expect(res.statusCode).toBe(413);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'answers 415 for %s',
    async (type) => {
      const res = await post(JSON.stringify(rating()), { 'content-type': type });
      expect(res.statusCode).toBe(415);
    },
  );

  it('redacts email addresses and phone numbers before storing', async () => {
    const res = await post(rating({ comment: 'Write to jane@example.org or call +1 202 555 0147.' }));
    const row = stored().find((f) => f.publicId === res.json().id);
    expect(row?.comment).toBe('Write to [email removed] or call [phone number removed].');
  });

  it('accepts but sets aside spam: a filled honeypot or a too-quick submission', async () => {
    const honeypot = await post(rating({ website: 'http://spam.example' }));
    const quick = await post(rating({ timeOnPageMs: 200 }));
    expect(honeypot.statusCode).toBe(201);
    expect(quick.statusCode).toBe(201);
    const visible = stored(false).map((f) => f.publicId);
    expect(visible).not.toContain(honeypot.json().id);
    expect(visible).not.toContain(quick.json().id);
    expect(
      stored(true)
        .filter((f) => f.spam)
        .map((f) => f.publicId),
    ).toEqual(expect.arrayContaining([honeypot.json().id, quick.json().id]));
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past 10 a minute, and validation failures do not count', async () => {
    const limited = await createTestServer(undefined, { feedbackRateLimit: 10 });
    try {
      const send = (body: unknown) =>
        limited.app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
      for (let i = 0; i < 5; i++) expect((await send({ kind: 'rating' })).statusCode).toBe(422);
      for (let i = 0; i < 10; i++) expect((await send(rating())).statusCode).toBe(201);
      const over = await send(rating());
      expect(over.statusCode).toBe(429);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      expect(over.headers['content-type']).toContain('application/problem+json');
    } finally {
      await limited.close();
    }
  });
});

describe('store failure', () => {
  it('answers 503 when the store cannot write, and the client can retry the same key later', async () => {
    const failing = await createTestServer(undefined, { feedbackRateLimit: 1000 });
    try {
      const body = rating();
      const original = failing.store.addFeedback;
      failing.store.addFeedback = () => {
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      };
      const send = () =>
        failing.app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
      const res = await send();
      expect(res.statusCode).toBe(503);
      failing.store.addFeedback = original;
      expect((await send()).statusCode).toBe(201);
    } finally {
      await failing.close();
    }
  });
});

describe('benchmark baseline route', () => {
  it('does not exist unless the server is started for benchmarks', async () => {
    const res = await post(rating(), {}, '/api/bench/feedback-validate-only');
    expect(res.statusCode).toBe(404);
  });
});
