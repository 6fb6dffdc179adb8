import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../support/server-app';

const TOKEN = 'editor-token-for-tests';
let server: TestServer;

beforeAll(async () => {
  server = await createTestServer(undefined, { adminToken: TOKEN });
});
afterAll(() => server.close());

// Each case is its own client (remoteAddress), so one case's failures never spend another's allowance.
const as = (remoteAddress: string) => ({
  get: (url: string, headers: Record<string, string> = {}) =>
    server.app.inject({ method: 'GET', url, headers, remoteAddress }),
  signIn: (token: string) =>
    server.app.inject({ method: 'POST', url: '/api/admin/session', payload: { token }, remoteAddress }),
  signOut: (cookie: string) =>
    server.app.inject({ method: 'DELETE', url: '/api/admin/session', headers: { cookie }, remoteAddress }),
});
const cookieOf = (res: { headers: Record<string, unknown> }) =>
  String(res.headers['set-cookie']).split(';')[0] as string;

describe('token guessing', () => {
  it('answers 429 after ten wrong bearer tokens, on every editor route, even for the right token', async () => {
    const client = as('10.0.0.1');
    const routes = ['/api/admin/feedback', '/api/admin/feedback.csv', '/api/admin/session'];
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await client.get(routes[i % 3] as string, { authorization: `Bearer guess-${i}` })).statusCode);
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429, 429]);
    const right = await client.get('/api/admin/feedback', { authorization: `Bearer ${TOKEN}` });
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect(right.json().detail).toMatch(/try again/);
    // Another client is not affected.
    expect((await as('10.0.0.2').get('/api/admin/feedback', { authorization: `Bearer ${TOKEN}` })).statusCode).toBe(
      200,
    );
  });

  it('counts wrong bearer tokens and wrong sign-ins against the same limit', async () => {
    const client = as('10.0.0.3');
    for (let i = 0; i < 5; i++) expect((await client.signIn(`wrong-${i}`)).statusCode).toBe(401);
    for (let i = 0; i < 5; i++)
      expect((await client.get('/api/admin/feedback', { authorization: `Bearer wrong-${i}` })).statusCode).toBe(401);
    expect((await client.signIn(TOKEN)).statusCode).toBe(429);
  });
});

describe('signing out', () => {
  it('revokes the session on the server: the old cookie answers 401 afterwards', async () => {
    const client = as('10.0.0.4');
    const cookie = cookieOf(await client.signIn(TOKEN));
    expect((await client.get('/api/admin/feedback', { cookie })).statusCode).toBe(200);
    expect((await client.signOut(cookie)).statusCode).toBe(204);
    expect((await client.get('/api/admin/feedback', { cookie })).statusCode).toBe(401);
    expect((await client.get('/api/admin/session', { cookie })).statusCode).toBe(401);
  });

  it('ends only the session that signed out', async () => {
    const client = as('10.0.0.5');
    const first = cookieOf(await client.signIn(TOKEN));
    const second = cookieOf(await client.signIn(TOKEN));
    await client.signOut(first);
    expect((await client.get('/api/admin/session', { cookie: second })).statusCode).toBe(204);
  });

  it('stores no usable session value: the database holds only a keyed hash', async () => {
    const cookie = cookieOf(await as('10.0.0.6').signIn(TOKEN));
    const value = cookie.split('=')[1] as string;
    expect(await server.store.sessionExpiry(value)).toBeUndefined();
  });
});
