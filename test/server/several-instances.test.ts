import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instanceKillSoak } from '../soak/instance-kill';
import { readConfig } from '../../src/server/config';
import { postRating, startApiServer } from '../support/child-server';
import { freePort } from '../support/free-port';
import { SEED_SLUG } from '../support/fixtures';
import { expectNothingLostOrDoubled } from '../support/soak-outcome';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres';
import type { SpawnedServer } from '../support/spawn-server';

const TOKEN = 'a-long-enough-editor-token';
let cluster: PostgresCluster;
let a: SpawnedServer;
let b: SpawnedServer;
beforeAll(async () => {
  cluster = await startPostgresCluster();
  const env = { DATABASE_URL: await cluster.createDatabase(), FEEDBACK_ADMIN_TOKEN: TOKEN };
  [a, b] = await Promise.all([startApiServer(undefined, env), startApiServer(undefined, env)]);
}, 120_000);
afterAll(async () => {
  await Promise.all([a?.dispose(), b?.dispose()]);
  await cluster?.destroy();
});

describe('two instances sharing one PostgreSQL', () => {
  it('a key posted to one and retried on the other is a replay with the same id', async () => {
    const key = randomUUID();
    const first = await postRating(a.url, SEED_SLUG, key);
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as { id: string };
    const retry = await postRating(b.url, SEED_SLUG, key);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ id, status: 'replayed' });
  });

  it('an editor signed in on one is signed in on the other, and signing out on either ends it', async () => {
    const signIn = await fetch(`${a.url}/api/admin/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: TOKEN }),
    });
    expect(signIn.status).toBe(204);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const check = (server: SpawnedServer) => fetch(`${server.url}/api/admin/session`, { headers: { cookie } });
    expect((await check(b)).status).toBe(204);
    expect((await fetch(`${b.url}/api/admin/feedback`, { headers: { cookie } })).status).toBe(200);
    await fetch(`${b.url}/api/admin/session`, { method: 'DELETE', headers: { cookie } });
    expect((await check(a)).status).toBe(401);
  });

  it('while PostgreSQL is down, reads are served and writes answer 503; it reconnects by itself', async () => {
    await cluster.stop();
    try {
      expect((await postRating(a.url, SEED_SLUG)).status).toBe(503);
      expect((await fetch(`${b.url}/api/articles/${SEED_SLUG}`)).status).toBe(200);
      expect((await fetch(`${a.url}/api/trending`)).status).toBe(200);
    } finally {
      await cluster.start();
    }
    const key = randomUUID();
    await expect.poll(async () => (await postRating(a.url, SEED_SLUG, key)).status, { timeout: 15_000 }).toBe(201);
    expect((await postRating(b.url, SEED_SLUG, key)).status).toBe(200);
  }, 30_000);
});

describe('DATABASE_URL', () => {
  it('must be a postgres:// address, and the error names the setting', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://u@db:5432/news' }).databaseUrl).toBe('postgres://u@db:5432/news');
    expect(readConfig({}).databaseUrl).toBeUndefined();
    expect(() => readConfig({ DATABASE_URL: 'mysql://db/news' })).toThrow(/DATABASE_URL: must be a postgres:\/\//);
  });

  it('unreachable at start: the server still serves, writes answer 503, and the log never shows the password', async () => {
    const port = await freePort();
    const server = await startApiServer(undefined, {
      DATABASE_URL: `postgres://editor:s3cret-passw0rd@127.0.0.1:${port}/news`,
    });
    try {
      expect((await fetch(`${server.url}/api/articles/${SEED_SLUG}`)).status).toBe(200);
      expect((await postRating(server.url, SEED_SLUG)).status).toBe(503);
      expect(server.takeErrors().join('\n')).toContain(
        `Cannot open the database in PostgreSQL at 127.0.0.1:${port}/news`,
      );
      expect(server.output()).not.toContain('s3cret-passw0rd');
    } finally {
      await server.dispose();
    }
  });
});

describe('a stream of posts spread over two instances, one of them killed again and again', () => {
  it('loses nothing acknowledged and stores nothing twice', async () => {
    const counts = await instanceKillSoak({
      databaseUrl: await cluster.createDatabase(),
      kills: 4,
      clients: 8,
      acksPerRound: 10,
      slug: SEED_SLUG,
    });
    expectNothingLostOrDoubled(counts);
  }, 120_000);
});
