import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postRating, startApiServer } from '../support/child-server';
import { SEED_SLUG } from '../support/fixtures';

const scratch = mkdtempSync(path.join(tmpdir(), 'broadsheet-faults-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const feedback = (url: string) => postRating(url, SEED_SLUG);

describe('a data directory that cannot be written', () => {
  it('starts anyway: reads work, writes answer 503, and the log says why', async () => {
    const blocker = path.join(scratch, 'not-a-directory');
    writeFileSync(blocker, 'a file where the data directory should be');
    const server = await startApiServer(path.join(blocker, 'data'));
    try {
      expect((await fetch(`${server.url}/api/articles/${SEED_SLUG}`)).status).toBe(200);
      const trending = await fetch(`${server.url}/api/trending`);
      expect(trending.status).toBe(200);
      expect(((await trending.json()) as { items: unknown[] }).items).toHaveLength(5);
      const res = await feedback(server.url);
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const view = await fetch(`${server.url}/api/articles/${SEED_SLUG}/views`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(view.status).toBe(503);
      expect(server.output()).toContain('Cannot open the database');
      expect(server.process.exitCode).toBeNull();
    } finally {
      await server.kill();
    }
  }, 30_000);
});
