import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/server/store/sqlite-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('sqlite store', () => {
  it('migrates an empty file and opens it again without re-running migrations', () => {
    openSqliteStore(dir).close();
    const db = new Database(path.join(dir, 'broadsheet.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const again = openSqliteStore(dir);
    again.recordView('a');
    expect(again.trending({ days: 7, limit: 5 })).toEqual([{ slug: 'a', views: 1 }]);
    again.close();
  });

  it('creates the data folder 0700 and the database files 0600, so other users cannot read feedback', () => {
    const dataDir = path.join(dir, 'nested', 'data');
    const store = openSqliteStore(dataDir);
    store.recordView('a');
    const mode = (file: string) => statSync(file).mode & 0o777;
    expect(mode(dataDir)).toBe(0o700);
    const files = readdirSync(dataDir);
    expect(files).toEqual(expect.arrayContaining(['broadsheet.sqlite', 'broadsheet.sqlite-wal']));
    for (const file of files) expect({ file, mode: mode(path.join(dataDir, file)) }).toEqual({ file, mode: 0o600 });
    store.close();
  });

  it('upgrades a file from an older schema version without losing its data', () => {
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
    expect(store.trending({ days: 1, limit: 5 })).toEqual([{ slug: 'old-favourite', views: 7 }]);
    expect(store.listFeedback({})).toEqual([]);
    store.close();
  });

  it('counts views over the last seven days only, most read first', () => {
    const store = openSqliteStore(dir);
    const now = new Date('2026-11-23T12:00:00Z');
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
    store.recordView('old', daysAgo(7));
    store.recordView('old', daysAgo(8));
    store.recordView('week', daysAgo(6));
    store.recordView('today', now);
    store.recordView('today', now);
    expect(store.trending({ days: 7, limit: 5, now })).toEqual([
      { slug: 'today', views: 2 },
      { slug: 'week', views: 1 },
    ]);
    store.close();
  });

  it('keeps views across a restart', () => {
    const first = openSqliteStore(dir);
    first.recordView('kept');
    first.close();
    const second = openSqliteStore(dir);
    expect(second.trending({ days: 1, limit: 5 })).toEqual([{ slug: 'kept', views: 1 }]);
    second.close();
  });
});
