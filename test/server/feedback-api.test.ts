import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer(undefined, { feedbackRateLimit: 1000, adminToken: 'editor-token-for-tests' });
});
afterAll(() => server.close());

const url = `/api/articles/${SEED_SLUG}/feedback`;
let n = 0;
// Each a different comment: the same comment twice from one reader is a duplicate (tested below).
const rating = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  kind: 'rating',
  helpful: false,
  reasons: ['Missing context'],
  comment: `It needed more on the election (${++n}).`,
  timeOnPageMs: 60_000,
  ...overrides,
});
const errorReport = (comment: string) => ({
  idempotencyKey: randomUUID(),
  kind: 'error-report',
  category: 'Factual error',
  comment,
});
const postTo = (
  target: TestServer,
  body: unknown,
  headers: Record<string, string> = {},
  path = url,
  ip = '127.0.0.1',
) =>
  target.app.inject({
    method: 'POST',
    url: path,
    remoteAddress: ip,
    headers: { 'content-type': 'application/json', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
const post = (body: unknown, headers: Record<string, string> = {}, path = url) => postTo(server, body, headers, path);
const stored = (includeSpam = true) => server.store.listFeedback({ spam: includeSpam ? 'include' : 'exclude' });

describe('POST /api/articles/:slug/feedback', () => {
  it('stores a new submission and answers 201 with its id', async () => {
    const res = await post(rating());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String), status: 'created' });
    expect((await stored()).some((f) => f.publicId === res.json().id)).toBe(true);
  });

  it('accepts an error report with a category and description', async () => {
    const res = await post(errorReport('The date is wrong.'));
    expect(res.statusCode).toBe(201);
  });

  it('answers a replay of the same key and body with 200 and the same id, storing it once', async () => {
    const body = rating();
    const first = await post(body);
    const again = await post(body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id: first.json().id, status: 'replayed' });
    expect((await stored()).filter((f) => f.publicId === first.json().id)).toHaveLength(1);
  });

  it('refuses the same key with a different body (422)', async () => {
    const body = rating();
    await post(body);
    const res = await post({ ...body, comment: 'Something else entirely' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('idempotencyKey');
  });

  it('stores concurrent requests with one key once: one 201, the rest replays of it', async () => {
    const body = rating();
    const answers = await Promise.all([post(body), post(body), post(body)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect((await stored()).filter((f) => f.publicId === answers[0]?.json().id)).toHaveLength(1);
  });

  it('refuses a lone surrogate in the comment with 422 naming the field, and stores nothing', async () => {
    const before = (await stored()).length;
    const res = await post(rating({ comment: 'Broken \ud800 text' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['comment']);
    expect(await stored()).toHaveLength(before);
    // A surrogate pair (an emoji) is a whole character and fine.
    expect((await post(rating({ comment: 'Great 👍' }))).statusCode).toBe(201);
  });

  it('counts a character as a code point: 2,000 emoji are accepted and stored whole, 2,001 are refused', async () => {
    const ok = await post(rating({ comment: '😀'.repeat(2000) }));
    expect(ok.statusCode).toBe(201);
    expect([...((await stored()).find((f) => f.publicId === ok.json().id)?.comment ?? '')]).toHaveLength(2000);
    const over = await post(rating({ comment: '😀'.repeat(2001) }));
    expect(over.statusCode).toBe(422);
    expect(over.json().errors[0]).toEqual({ path: 'comment', message: 'Must be 2000 characters or fewer' });
  });

  it('hashes the body after redaction: the same key with another hidden phone number is a replay', async () => {
    // Were the raw body hashed, the stored hash would tell which number the comment had held.
    const body = rating({ comment: 'Call me on 020 7946 0958 about it.' });
    const first = await post(body);
    const guess = await post({ ...body, comment: 'Call me on 020 7946 0000 about it.' });
    expect(guess.statusCode).toBe(200);
    expect(guess.json()).toEqual({ id: first.json().id, status: 'replayed' });
  });

  it('stores the same comment from the same reader within 5 minutes once', async () => {
    const comment = `Please cover the runoff too (${randomUUID()}).`;
    const first = await post(rating({ comment }));
    const again = await post(rating({ comment }));
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id: first.json().id, status: 'duplicate' });
    expect((await stored()).filter((f) => f.comment === comment)).toHaveLength(1);
    // Another reader saying the same thing is counted.
    const other = await postTo(server, rating({ comment }), {}, url, '203.0.113.9');
    expect(other.statusCode).toBe(201);
    expect((await stored()).filter((f) => f.comment === comment)).toHaveLength(2);
  });

  it('stores the same comment again once 5 minutes have passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const comment = `Still no answer on the runoff (${randomUUID()}).`;
      vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
      expect((await post(rating({ comment }))).statusCode).toBe(201);
      vi.setSystemTime(new Date('2026-11-23T10:04:59Z'));
      expect((await post(rating({ comment }))).statusCode).toBe(200);
      vi.setSystemTime(new Date('2026-11-23T10:05:01Z'));
      expect((await post(rating({ comment }))).statusCode).toBe(201);
      expect((await stored()).filter((f) => f.comment === comment)).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
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
    const res = await post(errorReport('   '));
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
    const row = (await stored()).find((f) => f.publicId === res.json().id);
    expect(row?.comment).toBe('Write to [email removed] or call [phone number removed].');
  });

  it('accepts but sets aside spam: a filled honeypot or a too-quick submission', async () => {
    const honeypot = await post(rating({ website: 'http://spam.example' }));
    const quick = await post(rating({ timeOnPageMs: 200 }));
    expect(honeypot.statusCode).toBe(201);
    expect(quick.statusCode).toBe(201);
    const visible = (await stored(false)).map((f) => f.publicId);
    expect(visible).not.toContain(honeypot.json().id);
    expect(visible).not.toContain(quick.json().id);
    expect((await stored(true)).filter((f) => f.spam).map((f) => f.publicId)).toEqual(
      expect.arrayContaining([honeypot.json().id, quick.json().id]),
    );
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past 10 a minute, and validation failures do not count', async () => {
    const limited = await createTestServer(undefined, { feedbackRateLimit: 10 });
    try {
      for (let i = 0; i < 5; i++) expect((await postTo(limited, { kind: 'rating' })).statusCode).toBe(422);
      for (let i = 0; i < 10; i++) expect((await postTo(limited, rating())).statusCode).toBe(201);
      const over = await postTo(limited, rating());
      expect(over.statusCode).toBe(429);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      expect(over.headers['content-type']).toContain('application/problem+json');
      // Another client has its own allowance.
      expect((await postTo(limited, rating(), {}, url, '203.0.113.7')).statusCode).toBe(201);
    } finally {
      await limited.close();
    }
  });

  it('counts only accepted new submissions: replays, duplicates and 503s never use up the allowance', async () => {
    const limited = await createTestServer(undefined, { feedbackRateLimit: 3 });
    try {
      const first = rating();
      expect((await postTo(limited, first)).statusCode).toBe(201);
      // An outbox retrying after a lost answer, three times over.
      for (let i = 0; i < 3; i++) expect((await postTo(limited, first)).statusCode).toBe(200);
      expect((await postTo(limited, { ...rating(), comment: first.comment })).statusCode).toBe(200);
      const original = limited.store.addFeedback;
      limited.store.addFeedback = () => {
        throw new Error('disk I/O error');
      };
      for (let i = 0; i < 3; i++) expect((await postTo(limited, rating())).statusCode).toBe(503);
      limited.store.addFeedback = original;
      expect((await postTo(limited, rating())).statusCode).toBe(201);
      expect((await postTo(limited, rating())).statusCode).toBe(201);
      expect((await postTo(limited, rating())).statusCode).toBe(429);
      // Over the limit, a replay is still answered: what was stored is never refused.
      expect((await postTo(limited, first)).json()).toMatchObject({ status: 'replayed' });
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
