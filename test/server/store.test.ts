import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/server/store/postgres/postgres-store';
import { openSqliteStore } from '../../src/server/store/sqlite-store';
import type { NewFeedback, Store } from '../../src/server/store/store';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres';

let dir: string;
let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 60_000);
afterAll(() => cluster?.destroy());
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const now = new Date('2026-11-23T12:00:00Z');
const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
const item = (changes: Partial<NewFeedback> = {}): NewFeedback => ({
  publicId: randomUUID(),
  idempotencyKey: randomUUID(),
  bodyHash: 'hash',
  articleSlug: 'an-article',
  kind: 'rating',
  helpful: true,
  reasons: ['Clear'],
  comment: null,
  category: null,
  spamReason: null,
  duplicateKey: null,
  createdAt: at(0),
  ...changes,
});

/**
 * Each engine opens a store over an empty database, and a second store over the same one (a restart, or
 * another instance).
 */
type Engine = { name: string; prepare(): Promise<() => Promise<Store>> };
const engines: Engine[] = [
  { name: 'SQLite', prepare: async () => async () => openSqliteStore(dir) },
  {
    name: 'PostgreSQL',
    prepare: async () => {
      const url = await cluster.createDatabase();
      return () => openPostgresStore(url);
    },
  },
];

describe.each(engines)('the $name store', ({ prepare }) => {
  let open: () => Promise<Store>;
  const opened: Store[] = [];
  const openStore = async () => {
    const store = await open();
    opened.push(store);
    return store;
  };
  beforeEach(async () => {
    open = await prepare();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });

  it('counts views over the last seven days only, most read first, and keeps them across a restart', async () => {
    const store = await openStore();
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
    await store.recordView('old', daysAgo(7));
    await store.recordView('old', daysAgo(8));
    await store.recordView('week', daysAgo(6));
    await store.recordView('today', now);
    await store.recordView('today', now);
    await store.close();
    opened.splice(0);
    const again = await openStore();
    expect(await again.trending({ days: 7, limit: 5, now })).toEqual([
      { slug: 'today', views: 2 },
      { slug: 'week', views: 1 },
    ]);
  });

  it('stores a key once: a replay, from this store or another over the same database, names the first id', async () => {
    const [first, second] = [await openStore(), await openStore()];
    const original = item();
    expect(await first.addFeedback([original], 0)).toEqual([{ status: 'created', publicId: original.publicId }]);
    const retry = { ...original, publicId: randomUUID() };
    expect(await second.addFeedback([retry], 0)).toEqual([
      { status: 'replayed', publicId: original.publicId, bodyHash: 'hash' },
    ]);
    expect(await second.findFeedbackKey(original.idempotencyKey)).toEqual({
      publicId: original.publicId,
      bodyHash: 'hash',
    });
    expect(await first.listFeedback({ spam: 'include' })).toHaveLength(1);
  });

  it('stores the same comment from the same reader once within the window, under another key', async () => {
    const store = await openStore();
    const earlier = item({ comment: 'Same words', duplicateKey: 'dup', createdAt: at(4) });
    const again = item({ comment: 'Same words', duplicateKey: 'dup', createdAt: at(0) });
    const later = item({ comment: 'Same words', duplicateKey: 'dup', createdAt: at(-10) });
    const results = await store.addFeedback([earlier, again], 5 * 60_000);
    expect(results.map((r) => r.status)).toEqual(['created', 'duplicate']);
    expect(results[1]).toMatchObject({ publicId: earlier.publicId });
    expect((await store.addFeedback([later], 5 * 60_000))[0]?.status).toBe('created');
  });

  it('tallies, charts and lists a selection; spam is held back until an editor says otherwise', async () => {
    const store = await openStore();
    const spam = item({ helpful: false, reasons: ['Confusing'], spamReason: 'honeypot', createdAt: at(3) });
    const report = item({
      kind: 'error-report',
      helpful: null,
      reasons: [],
      category: 'factual',
      comment: 'A wrong date',
      createdAt: at(2),
    });
    const other = item({ articleSlug: 'another', reasons: ['Clear', 'Useful'], createdAt: '2026-11-20T08:00:00.000Z' });
    await store.addFeedback([item({ createdAt: at(4) }), spam, report, other], 0);

    expect(await store.countSpam({})).toBe(1);
    expect(await store.tallyFeedback({})).toEqual([
      { articleSlug: 'an-article', yes: 1, no: 0, errorReports: 1, reasons: { Clear: 1 } },
      { articleSlug: 'another', yes: 1, no: 0, errorReports: 0, reasons: { Clear: 1, Useful: 1 } },
    ]);
    expect(await store.dailyRatings({ article: 'an-article', spam: 'include' })).toEqual([
      { day: '2026-11-23', yes: 1, no: 1 },
    ]);
    expect((await store.listFeedback({ from: '2026-11-21', to: '2026-11-23' })).map((f) => f.publicId)).toEqual([
      report.publicId,
      expect.any(String),
    ]);
    expect((await store.listFeedback({ kind: 'error-report' }))[0]).toMatchObject({
      kind: 'error-report',
      helpful: null,
      category: 'factual',
      comment: 'A wrong date',
      spam: false,
    });

    expect(await store.markSpam(spam.publicId, false)).toBe(true);
    expect(await store.markSpam(randomUUID(), true)).toBe(false);
    expect(await store.countSpam({})).toBe(0);
    expect((await store.tallyFeedback({ article: 'an-article' }))[0]).toMatchObject({
      no: 1,
      reasons: { Confusing: 1 },
    });
  });

  it('exports every row newest first, however many there are', async () => {
    const store = await openStore();
    const rows = Array.from({ length: 1_234 }, (_, i) => item({ createdAt: at(i) }));
    await store.addFeedback(rows, 0);
    const exported: string[] = [];
    for await (const row of store.iterateFeedback({})) exported.push(row.publicId);
    expect(exported).toEqual(rows.map((r) => r.publicId));
  });

  it('forgets comments past retention and keeps the items', async () => {
    const store = await openStore();
    await store.addFeedback([item({ comment: 'Old', createdAt: at(600) }), item({ comment: 'New' })], 0);
    expect(await store.forgetCommentsBefore(at(60))).toBe(1);
    expect((await store.listFeedback({})).map((f) => f.comment)).toEqual(['New', null]);
  });

  it('keeps editor sessions until they expire or are deleted, for every store over the database', async () => {
    const [first, second] = [await openStore(), await openStore()];
    const expiresAt = now.getTime() + 3_600_000;
    await first.addSession('one', expiresAt, now.getTime());
    await first.addSession('two', now.getTime() + 1, now.getTime());
    expect(await second.sessionExpiry('one')).toBe(expiresAt);
    // Adding a session prunes the expired ones.
    await second.addSession('three', expiresAt, now.getTime() + 2);
    expect(await first.sessionExpiry('two')).toBeUndefined();
    await second.deleteSession('one');
    expect(await first.sessionExpiry('one')).toBeUndefined();
  });
});

describe('PostgreSQL migrations', () => {
  it('run once when several instances start together on an empty database', async () => {
    const url = await cluster.createDatabase();
    const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(url)));
    await stores[0]?.recordView('a', now);
    expect(await stores[3]?.trending({ days: 1, limit: 5, now })).toEqual([{ slug: 'a', views: 1 }]);
    await Promise.all(stores.map((s) => s.close()));
  });
});

describe('the SQLite file', () => {
  it('is migrated once, in WAL mode, and opened again without re-running migrations', async () => {
    await (await openSqliteStore(dir)).close();
    const db = new Database(path.join(dir, 'broadsheet.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const again = openSqliteStore(dir);
    await again.recordView('a');
    expect(await again.trending({ days: 7, limit: 5 })).toEqual([{ slug: 'a', views: 1 }]);
    await again.close();
  });

  it('is created 0600 in a 0700 folder, so other users cannot read feedback', async () => {
    const dataDir = path.join(dir, 'nested', 'data');
    const store = openSqliteStore(dataDir);
    await store.recordView('a');
    const mode = (file: string) => statSync(file).mode & 0o777;
    expect(mode(dataDir)).toBe(0o700);
    const files = readdirSync(dataDir);
    expect(files).toEqual(expect.arrayContaining(['broadsheet.sqlite', 'broadsheet.sqlite-wal']));
    for (const file of files) expect({ file, mode: mode(path.join(dataDir, file)) }).toEqual({ file, mode: 0o600 });
    await store.close();
  });

  it('is upgraded from an older schema version without losing its data', async () => {
    const db = new Database(path.join(dir, 'broadsheet.sqlite'));
    db.exec(`CREATE TABLE article_views_daily (slug TEXT NOT NULL, day TEXT NOT NULL, views INTEGER NOT NULL,
             PRIMARY KEY (slug, day)) WITHOUT ROWID; CREATE INDEX article_views_daily_day ON article_views_daily (day);`);
    db.prepare('INSERT INTO article_views_daily VALUES (?, ?, ?)').run(
      'old-favourite',
      new Date().toISOString().slice(0, 10),
      7,
    );
    db.pragma('user_version = 1');
    db.close();
    const store = openSqliteStore(dir);
    expect(await store.trending({ days: 1, limit: 5 })).toEqual([{ slug: 'old-favourite', views: 7 }]);
    expect(await store.listFeedback({})).toEqual([]);
    await store.close();
  });
});
