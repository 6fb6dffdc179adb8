import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

// Behind TLS termination every request arrives from the proxy's address (127.0.0.1 here, as app.inject sends).
const TOKEN = 'a-long-enough-editor-token';
const rating = () => ({
  idempotencyKey: randomUUID(),
  kind: 'rating',
  helpful: true,
  reasons: [],
  timeOnPageMs: 9_000,
});

let trusting: TestServer;
let untrusting: TestServer;
beforeAll(async () => {
  const options = { adminToken: TOKEN, feedbackRateLimit: 2 };
  [trusting, untrusting] = await Promise.all([
    createTestServer(undefined, { ...options, env: { TRUST_PROXY: '127.0.0.1' } }),
    createTestServer(undefined, options),
  ]);
});
afterAll(() => Promise.all([trusting.close(), untrusting.close()]));

const post = (server: TestServer, reader: string) =>
  server.app.inject({
    method: 'POST',
    url: `/api/articles/${SEED_SLUG}/feedback`,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': reader },
    payload: JSON.stringify(rating()),
  });
const signIn = (server: TestServer, headers: Record<string, string>, token = TOKEN) =>
  server.app.inject({
    method: 'POST',
    url: '/api/admin/session',
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify({ token }),
  });

describe('TRUST_PROXY naming the proxy', () => {
  it('limits feedback per reader (X-Forwarded-For), not for everyone behind the proxy at once', async () => {
    expect([
      (await post(trusting, '203.0.113.1')).statusCode,
      (await post(trusting, '203.0.113.1')).statusCode,
    ]).toEqual([201, 201]);
    expect((await post(trusting, '203.0.113.1')).statusCode).toBe(429);
    expect((await post(trusting, '203.0.113.2')).statusCode).toBe(201);
  });

  it('locks out only the reader guessing editor tokens, and another editor can still sign in', async () => {
    const guesser = { 'x-forwarded-for': '198.51.100.7' };
    for (let i = 0; i < 10; i++) expect((await signIn(trusting, guesser, 'wrong-token-guess')).statusCode).toBe(401);
    expect((await signIn(trusting, guesser, 'wrong-token-guess')).statusCode).toBe(429);
    expect((await signIn(trusting, { 'x-forwarded-for': '198.51.100.8' })).statusCode).toBe(204);
  });

  it('marks the session cookie Secure when the proxy says the request came over HTTPS', async () => {
    const secure = await signIn(trusting, { 'x-forwarded-for': '192.0.2.1', 'x-forwarded-proto': 'https' });
    expect(secure.statusCode).toBe(204);
    expect(String(secure.headers['set-cookie'])).toMatch(/;\s*Secure/i);
    expect(secure.headers['strict-transport-security']).toBeDefined();
  });
});

describe('without TRUST_PROXY', () => {
  it('believes no forwarded address: a reader cannot slip the limit by inventing one', async () => {
    expect((await post(untrusting, '203.0.113.1')).statusCode).toBe(201);
    expect((await post(untrusting, '203.0.113.2')).statusCode).toBe(201);
    expect((await post(untrusting, '203.0.113.3')).statusCode).toBe(429);
  });

  it('believes no forwarded scheme: no Secure cookie, no HSTS over plain HTTP', async () => {
    const res = await signIn(untrusting, { 'x-forwarded-proto': 'https' });
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});
