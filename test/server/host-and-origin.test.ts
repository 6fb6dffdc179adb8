import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import { hostAllowed } from '../../src/server/http/http-policy';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const rating = () => JSON.stringify({ idempotencyKey: crypto.randomUUID(), kind: 'rating', helpful: true });
const postFeedback = (app: TestServer['app'], headers: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url: `/api/articles/${SEED_SLUG}/feedback`,
    headers: { 'content-type': 'application/json', ...headers },
    payload: rating(),
  });

describe('the Host allow-list', () => {
  it('refuses a DNS-rebinding request (another host, its own origin) before it can write', async () => {
    const res = await postFeedback(server.app, { host: 'evil.example', origin: 'http://evil.example' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ detail: expect.stringContaining('ALLOWED_HOSTS') });
    expect(await server.store.listFeedback({ article: SEED_SLUG })).toHaveLength(0);
  });

  it('refuses reads for another host too', async () => {
    expect((await server.app.inject({ url: '/', headers: { host: 'evil.example:80' } })).statusCode).toBe(400);
  });

  const allowed = (env: NodeJS.ProcessEnv, host: string) => hostAllowed(readConfig(env).http.allowedHosts, host);

  it('defaults to the listening host (and localhost when it is loopback)', () => {
    expect(allowed({ HOST: '127.0.0.1' }, '127.0.0.1:3000')).toBe(true);
    expect(allowed({ HOST: '127.0.0.1' }, 'localhost:3000')).toBe(true);
    expect(allowed({ HOST: '127.0.0.1' }, '[::1]:3000')).toBe(true);
    expect(allowed({ HOST: '127.0.0.1' }, 'evil.example:3000')).toBe(false);
    expect(allowed({ HOST: '127.0.0.1' }, '10.0.0.5:3000')).toBe(false);
  });

  it("adds PUBLIC_URL's host; listening on every address also answers IP addresses, never other names", () => {
    const env = { HOST: '0.0.0.0', PUBLIC_URL: 'https://news.example/' };
    expect(allowed(env, 'news.example')).toBe(true);
    expect(allowed(env, 'NEWS.example:443')).toBe(true);
    expect(allowed(env, '10.0.0.5:3000')).toBe(true);
    expect(allowed(env, 'evil.example')).toBe(false);
    expect(allowed(env, 'news.example.evil.example')).toBe(false);
  });

  it('is exactly ALLOWED_HOSTS when that is set, and off with *', () => {
    const env = { HOST: '0.0.0.0', ALLOWED_HOSTS: 'a.example, b.example' };
    expect(allowed(env, 'b.example:8080')).toBe(true);
    expect(allowed(env, '10.0.0.5')).toBe(false);
    expect(allowed(env, 'localhost')).toBe(false);
    expect(allowed({ ALLOWED_HOSTS: '*' }, 'anything.example')).toBe(true);
  });

  it('names PUBLIC_URL when it is not an http(s) address', () => {
    expect(() => readConfig({ PUBLIC_URL: 'ftp://news.example' })).toThrow(/PUBLIC_URL/);
  });
});

describe('the Origin check', () => {
  it('refuses a write from another site: Sec-Fetch-Site cross-site, a foreign Origin, Origin null', async () => {
    const stored = (await server.store.listFeedback({ article: SEED_SLUG })).length;
    const foreign: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
    ];
    for (const headers of foreign)
      expect((await postFeedback(server.app, headers)).statusCode, JSON.stringify(headers)).toBe(403);
    expect(await server.store.listFeedback({ article: SEED_SLUG })).toHaveLength(stored);
  });

  it('compares the scheme: an https page cannot write to this http server, nor the reverse', async () => {
    expect((await postFeedback(server.app, { host: 'localhost', origin: 'https://localhost' })).statusCode).toBe(403);
    expect((await postFeedback(server.app, { host: 'localhost', origin: 'http://localhost' })).statusCode).toBe(201);
    expect((await postFeedback(server.app, { host: 'localhost:80', origin: 'http://localhost' })).statusCode).toBe(201);
    expect((await postFeedback(server.app, { host: 'localhost', origin: 'http://localhost:8080' })).statusCode).toBe(
      403,
    );
  });

  it('accepts the public origin behind a proxy, and https from a trusted proxy', async () => {
    const proxied = await createTestServer(undefined, {
      env: { HOST: '127.0.0.1', PUBLIC_URL: 'https://news.example', TRUST_PROXY: '127.0.0.1' },
    });
    const { app } = proxied;
    try {
      const proxied = { host: 'news.example', 'x-forwarded-proto': 'https' };
      expect((await postFeedback(app, { ...proxied, origin: 'https://news.example' })).statusCode).toBe(201);
      expect((await postFeedback(app, { ...proxied, origin: 'http://news.example' })).statusCode).toBe(403);
      // The proxy rewrote Host to the upstream name: the public origin still matches.
      expect((await postFeedback(app, { host: '127.0.0.1:3000', origin: 'https://news.example' })).statusCode).toBe(
        201,
      );
    } finally {
      await proxied.close();
    }
  });
});
