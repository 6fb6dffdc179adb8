import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

// Browsers ask for brotli or gzip: the article and its page arrive compressed, decode to exactly the bytes an
// uncompressed request gets, say that they vary by Accept-Encoding, and still revalidate to an empty 304.

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers });

const decoders = { br: brotliDecompressSync, gzip: gunzipSync } as const;

describe.each([
  { name: 'the article API', url: `/api/articles/${SEED_SLUG}`, type: 'application/json' },
  { name: 'the article page', url: `/article/${SEED_SLUG}`, type: 'text/html' },
])('$name', ({ url, type }) => {
  it.each([
    { accept: 'br, gzip', encoding: 'br' },
    { accept: 'gzip, deflate', encoding: 'gzip' },
    { accept: 'gzip;q=1, br;q=0.5', encoding: 'gzip' },
  ] as const)('answers "$accept" with $encoding, the same content as uncompressed', async ({ accept, encoding }) => {
    const plain = await get(url);
    const compressed = await get(url, { 'accept-encoding': accept });
    expect(compressed.statusCode).toBe(200);
    expect(compressed.headers['content-encoding']).toBe(encoding);
    expect(String(compressed.headers['content-type'])).toContain(type);
    expect(String(compressed.headers.vary)).toMatch(/accept-encoding/i);
    expect(compressed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(decoders[encoding](compressed.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(compressed.headers.etag).toBe(plain.headers.etag);
  });

  it('is sent uncompressed to a client that asks for neither', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'zstd' }] as Record<
      string,
      string
    >[]) {
      const res = await get(url, headers);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.payload.length).toBeGreaterThan(1000);
    }
  });

  it('answers a matching If-None-Match with an empty 304, compressed or not', async () => {
    const { etag } = (await get(url)).headers;
    for (const accept of ['br', 'identity']) {
      const res = await get(url, { 'if-none-match': String(etag), 'accept-encoding': accept });
      expect(res.statusCode).toBe(304);
      expect(res.rawPayload.length).toBe(0);
    }
  });
});

describe('an encoding refused with q=0', () => {
  let staticServer: TestServer;
  let clientDir: string;
  beforeAll(async () => {
    // A built client in miniature: one script with the .br and .gz the build writes beside it.
    clientDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-client-'));
    const script = Buffer.from(`console.log(${JSON.stringify('x'.repeat(4000))});`);
    writeFileSync(path.join(clientDir, 'app.js'), script);
    writeFileSync(path.join(clientDir, 'app.js.br'), brotliCompressSync(script));
    writeFileSync(path.join(clientDir, 'app.js.gz'), gzipSync(script));
    staticServer = await createTestServer(undefined, { clientDir });
  });
  afterAll(async () => {
    await staticServer.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  const refusingBoth = 'br;q=0, gzip;q=0, *;q=1';

  it.each([
    { name: 'an article page', url: `/article/${SEED_SLUG}` },
    { name: 'the article API', url: `/api/articles/${SEED_SLUG}` },
    { name: 'a list', url: '/api/articles?limit=50' },
  ])('is not used for $name, even when * allows anything', async ({ url }) => {
    const res = await get(url, { 'accept-encoding': refusingBoth });
    expect(res.statusCode).toBe(200);
    expect(res.payload.length).toBeGreaterThan(1000);
    expect(res.headers['content-encoding'] ?? 'identity').not.toMatch(/^(br|gzip)$/);
    const brOnly = await get(url, { 'accept-encoding': 'br;q=0, *' });
    expect(brOnly.headers['content-encoding']).not.toBe('br');
  });

  it('is not used for a static file', async () => {
    const res = await staticServer.app.inject({
      method: 'GET',
      url: '/app.js',
      headers: { 'accept-encoding': refusingBoth },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding'] ?? 'identity').not.toMatch(/^(br|gzip)$/);
    const gzipOnly = await staticServer.app.inject({
      method: 'GET',
      url: '/app.js',
      headers: { 'accept-encoding': 'br;q=0, *' },
    });
    expect(gzipOnly.headers['content-encoding']).toBe('gzip');
  });
});
