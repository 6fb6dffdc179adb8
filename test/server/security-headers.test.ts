import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

let server: TestServer;
let limited: TestServer;
beforeAll(async () => {
  server = await createTestServer();
  limited = await createTestServer(undefined, { feedbackRateLimit: 1 });
  await limited.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await limited.close();
  await server.close();
});

type Headers = Record<string, string | string[] | number | undefined>;

function expectSecurityHeaders(headers: Headers) {
  const csp = String(headers['content-security-policy']);
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ])
    expect(csp).toContain(directive);
  expect(csp).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(String(headers['permissions-policy'])).toContain('camera=()');
  expect(headers['access-control-allow-origin']).toBeUndefined();
}

const post = (url: string, headers: Record<string, string>, payload: string) =>
  server.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, payload });
const feedback = () =>
  JSON.stringify({ idempotencyKey: crypto.randomUUID(), kind: 'rating', helpful: true, reasons: [] });

describe('every answer carries the security headers', () => {
  it.each([
    { name: 'a page', status: 200, send: () => server.app.inject(`/article/${SEED_SLUG}`) },
    { name: 'the API', status: 200, send: () => server.app.inject('/api/publication') },
    { name: 'an unknown API path', status: 404, send: () => server.app.inject('/api/nothing-here') },
    {
      name: 'the cross-site guard',
      status: 403,
      send: () => post(`/api/articles/${SEED_SLUG}/views`, { 'sec-fetch-site': 'cross-site' }, '{}'),
    },
    { name: 'a long address', status: 414, send: () => server.app.inject(`/article/${'a'.repeat(3000)}`) },
    { name: 'bad percent-encoding', status: 400, send: () => server.app.inject('/api/articles/%E0%A4%A') },
    {
      name: 'an unknown host',
      status: 400,
      send: () => server.app.inject({ url: '/api/publication', headers: { host: 'evil.example' } }),
    },
    {
      name: 'the wrong content type',
      status: 415,
      send: () => post(`/api/articles/${SEED_SLUG}/views`, { 'content-type': 'text/plain' }, '{}'),
    },
    {
      name: 'a body over the limit',
      status: 413,
      send: () => post(`/api/articles/${SEED_SLUG}/feedback`, {}, JSON.stringify({ comment: 'x'.repeat(20_000) })),
    },
    {
      name: 'the rate limit',
      status: 429,
      send: async () => {
        const url = `/api/articles/${SEED_SLUG}/feedback`;
        const headers = { 'content-type': 'application/json' };
        await limited.app.inject({ method: 'POST', url, headers, payload: feedback() });
        return limited.app.inject({ method: 'POST', url, headers, payload: feedback() });
      },
    },
  ])('$name ($status)', async ({ status, send }) => {
    const res = await send();
    expect(res.statusCode).toBe(status);
    expectSecurityHeaders(res.headers);
    if (status >= 400) expect(String(res.headers['content-type'])).toContain('application/problem+json');
  });

  it('does not echo a malformed address back', async () => {
    const res = await server.app.inject('/api/articles/%E0%A4%A');
    expect(res.body).not.toContain('%E0%A4%A');
    expect(res.json()).toMatchObject({ status: 400, detail: expect.stringContaining('percent-encoding') });
  });

  // Node answers these itself, before Fastify sees a request.
  it.each([
    { name: 'a request line that is not HTTP', status: 400, request: 'NOT HTTP AT ALL\r\n\r\n' },
    {
      name: 'headers over the limit',
      status: 431,
      request: `GET / HTTP/1.1\r\nhost: 127.0.0.1\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`,
    },
  ])('$name gets problem JSON ($status)', async ({ status, request }) => {
    const { port } = limited.app.server.address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(request));
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    const [statusLine, ...lines] = head.split('\r\n');
    expect(statusLine).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
    const headers = Object.fromEntries(
      lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    expectSecurityHeaders(headers);
    expect(headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(body)).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  });
});

describe('Strict-Transport-Security', () => {
  it('is not sent over plain HTTP', async () => {
    const res = await server.app.inject('/');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('is not sent because an untrusted client claims HTTPS', async () => {
    const res = await server.app.inject({ url: '/', headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('is sent, without includeSubDomains, when a trusted proxy says the request came over HTTPS', async () => {
    const behindProxy = await createTestServer(undefined, { env: { TRUST_PROXY: '127.0.0.1' } });
    const secure = await behindProxy.app.inject({ url: '/api/publication', headers: { 'x-forwarded-proto': 'https' } });
    const plain = await behindProxy.app.inject({ url: '/api/publication', headers: { 'x-forwarded-proto': 'http' } });
    await behindProxy.close();
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
});
