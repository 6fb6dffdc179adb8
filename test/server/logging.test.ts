import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/server/store/sqlite-store';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

const SECRET_COMMENT = 'my-private-comment-7f3a';
const TOKEN = 'editor-token-never-logged';
let lines = '';
let server: TestServer;

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (lines += chunk.toString()));
  server = await createTestServer(undefined, {
    adminToken: TOKEN,
    logLevel: 'trace',
    logStream: stream,
    openStore: (dataDir) => ({
      ...openSqliteStore(dataDir),
      addFeedback: () => {
        throw new Error('disk I/O error');
      },
    }),
  });
});
afterAll(async () => {
  await server.close();
});

describe('logs', () => {
  it('carry request ids but no comment text, tokens, cookies or IP addresses', async () => {
    const feedback = {
      method: 'POST' as const,
      url: `/api/articles/${SEED_SLUG}/feedback`,
      headers: { 'content-type': 'application/json', cookie: 'broadsheet_editor=secret-cookie-value' },
      payload: JSON.stringify({
        idempotencyKey: randomUUID(),
        kind: 'rating',
        helpful: false,
        comment: SECRET_COMMENT,
      }),
    };
    expect((await server.app.inject(feedback)).statusCode).toBe(503);
    await server.app.inject({
      method: 'GET',
      url: '/api/admin/feedback',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    await server.app.inject({ method: 'POST', url: '/api/admin/session', payload: { token: TOKEN } });

    const records = lines
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.length).toBeGreaterThan(3);
    expect(records.some((r) => r.reqId)).toBe(true);
    expect(lines).not.toContain(SECRET_COMMENT);
    expect(lines).not.toContain(TOKEN);
    expect(lines).not.toContain('secret-cookie-value');
    expect(lines).not.toContain('127.0.0.1');
  });

  it('carry paths and query parameter names, never query values', async () => {
    lines = '';
    await server.app.inject({ method: 'GET', url: '/api/articles?section=science&token=pasted-secret-3a9f' });
    await server.app.inject({ method: 'GET', url: '/editor?bare-secret-77c1&cursor=' });
    const urls = lines
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { req?: { url: string } }).req?.url)
      .filter((url) => url !== undefined);
    expect(urls).toContain('/api/articles?section=[redacted]&token=[redacted]');
    expect(urls).toContain('/editor?[redacted]&cursor=[redacted]');
    expect(lines).not.toContain('pasted-secret-3a9f');
    expect(lines).not.toContain('bare-secret-77c1');
    expect(lines).not.toContain('science');
  });
});
