import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { createLogger } from '../../src/server/http/logger-options';
import { openResilientStore } from '../../src/server/store/resilient-store';
import type { Store } from '../../src/server/store/store';
import { storeEventsLog, type StoreLog } from '../../src/server/store/store-events-log';
import { SEED_SLUG } from '../support/fixtures';
import { createTestServer, type TestServer } from '../support/server-app';

const TOKEN = 'store-unavailable-editor-token';
let server: TestServer;
let output = '';
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

type StoreLine = Parameters<StoreLog>;
let storeLines: StoreLine[] = [];

/** A resilient store as assemble.ts opens it (its lines go to the app's log there), and the app's own log. */
async function appWith(open: () => Store): Promise<FastifyInstance> {
  output = '';
  storeLines = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const store = openResilientStore(
    async () => open(),
    storeEventsLog('/srv/data', (...line) => storeLines.push(line)),
  );
  return buildApp({
    content: server.content,
    search: server.search,
    store,
    adminToken: TOKEN,
    logger: createLogger('info', stream),
  });
}
const records = () =>
  output
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { level: number; msg: string; cause?: string; err?: unknown });

const diskFull = () => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
const rate = (app: FastifyInstance) =>
  app.inject({
    method: 'POST',
    url: `/api/articles/${SEED_SLUG}/feedback`,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ idempotencyKey: randomUUID(), kind: 'rating', helpful: true }),
  });
const view = (app: FastifyInstance) =>
  app.inject({
    method: 'POST',
    url: `/api/articles/${SEED_SLUG}/views`,
    headers: { 'content-type': 'application/json' },
    payload: '{}',
  });

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('a full disk', () => {
  it('is logged once per episode with its cause and no stack, then once when writes recover', async () => {
    const disk = { full: true };
    const failing: Store = {
      ...server.store,
      addFeedback: (items, duplicateWindowMs) => {
        if (disk.full) throw diskFull();
        return server.store.addFeedback(items, duplicateWindowMs);
      },
      recordView: async (slug, at) => {
        if (disk.full) throw diskFull();
        await server.store.recordView(slug, at);
      },
    };
    app = await appWith(() => failing);
    for (let i = 0; i < 5; i++) {
      expect((await rate(app)).statusCode).toBe(503);
      expect((await view(app)).statusCode).toBe(503);
    }
    expect(storeLines).toEqual([
      [
        'error',
        expect.stringContaining('Cannot write to the database in /srv/data'),
        { cause: 'SQLITE_FULL: database or disk is full' },
      ],
    ]);
    // Nothing per request: no error lines, no stacks.
    expect(records().filter((r) => r.level >= 50)).toEqual([]);
    expect(output).not.toContain('"stack"');

    disk.full = false;
    expect((await rate(app)).statusCode).toBe(201);
    expect((await view(app)).statusCode).toBe(204);
    expect((await rate(app)).statusCode).toBe(201);
    expect(storeLines).toHaveLength(2);
    expect(storeLines[1]).toEqual(['info', 'Database in /srv/data works again']);
  });
});

describe("the editors' report while the store cannot be opened", () => {
  it('answers 503 saying the store is unavailable, not a report of zeros', async () => {
    app = await appWith(() => {
      throw Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' });
    });
    const headers = { authorization: `Bearer ${TOKEN}` };
    for (const url of ['/api/admin/feedback', '/api/admin/feedback.csv']) {
      const res = await app.inject({ method: 'GET', url, headers });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 503, detail: expect.stringContaining('unavailable') });
    }
    // Readers still get their pages' data.
    expect((await app.inject('/api/trending')).statusCode).toBe(200);
    expect(storeLines).toEqual([
      [
        'error',
        expect.stringContaining('Cannot open the database'),
        { cause: 'SQLITE_CANTOPEN: unable to open database file' },
      ],
    ]);
    expect(records().filter((r) => r.level >= 50)).toEqual([]);
  });
});
