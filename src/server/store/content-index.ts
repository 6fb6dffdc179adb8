import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SearchDocument, SearchIndex } from '../content/search/search-index';
import { openSqliteSearchIndex } from './sqlite-search-index';

/** Bump when what a row holds changes shape (or the contract it was checked against does): the index is rebuilt. */
// 7: bodies are stored as article schemaVersion 2 (older ones would fail the client's check).
// 8: a bottom line is stored as the callout it is read as (the renderer knows no `bottomLine` block).
const INDEX_VERSION = 8;

/** One article file as last seen: its size and mtime, and the last version of it that was valid. */
export type IndexedFile = {
  name: string;
  size: number;
  mtimeMs: number;
  /** The last valid version's listing (JSON: slug, section, date, tags, related, authors), absent while never valid. */
  listing: string | null;
  /** Problems of the version on disk (JSON list), absent when it is valid. */
  problems: string | null;
};

/** A valid version as stored: its summary and body, and its search entry now or later. */
export type GoodVersion = {
  summary: string;
  body: string;
  search: { document: SearchDocument } | { publishedMs: number };
};

export type ContentIndex = {
  /** Every file, in name order, without summaries or bodies. */
  all(): IterableIterator<IndexedFile>;
  get(name: string): IndexedFile | undefined;
  /** The last valid version's summary (JSON), or undefined. */
  summary(name: string): string | undefined;
  /** The last valid version's article (JSON), or undefined. */
  body(name: string): string | undefined;
  /**
   * Without `good` (and with no listing) the last good version stays: a file that turned bad keeps it. A good
   * version's search entry is written now (`document`) or queued for `indexSearch` (`publishedMs`, which orders
   * the queue): full-text indexing is most of a first build, which queues.
   */
  put(file: IndexedFile, good?: GoodVersion): void;
  delete(name: string): void;
  /** Good versions not yet in the search index. */
  searchBacklog(): number;
  /**
   * Indexes up to `max` queued versions, newest first, in one transaction, each made into its document by
   * `documentOf` (from the stored body); returns how many it indexed (fewer than `max`: the queue is empty).
   */
  indexSearch(max: number, documentOf: (body: string) => SearchDocument): number;
  /** Many writes in one transaction: a first build of 200,000 files commits in batches, not per file. */
  batch(work: () => void): void;
  close(): void;
  /** Full text over the same last good versions, written with them. */
  search: SearchIndex;
};

/**
 * The checked index of the content folder (`content-index.sqlite` in DATA_DIR): a restart over an unchanged
 * folder reads it instead of parsing every file, and bodies are read from it, so a file that is half-written or
 * invalid on disk still serves its last good version. It is a cache of the folder: deleting it costs one rebuild.
 * Without a writable data directory it lives in memory for the process.
 */
export function openContentIndex(dataDir: string | undefined, onFallback?: (error: unknown) => void): ContentIndex {
  let db: Database.Database;
  try {
    if (!dataDir) throw new Error('no data directory');
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const file = path.join(dataDir, 'content-index.sqlite');
    closeSync(openSync(file, 'a', 0o600));
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    // A lost last write is found again by its mtime at the next start: durability is not needed here.
    db.pragma('synchronous = OFF');
  } catch (error) {
    if (dataDir) onFallback?.(error);
    db = new Database(':memory:');
  }
  if (db.pragma('user_version', { simple: true }) !== INDEX_VERSION) {
    db.exec(`DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS bodies; DROP TABLE IF EXISTS search;
      DROP TABLE IF EXISTS search_ids; DROP TABLE IF EXISTS search_backlog`);
    db.pragma(`user_version = ${INDEX_VERSION}`);
  }
  // Summaries and bodies in a table of their own: start-up scans `files` (small rows), not 300 MB of bodies.
  db.exec(`CREATE TABLE IF NOT EXISTS files (
      name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ms REAL NOT NULL, listing TEXT, problems TEXT);
    CREATE TABLE IF NOT EXISTS bodies (name TEXT PRIMARY KEY, summary TEXT NOT NULL, body TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS search_backlog (name TEXT PRIMARY KEY, published_ms REAL NOT NULL);
    CREATE INDEX IF NOT EXISTS search_backlog_newest ON search_backlog (published_ms DESC);`);

  const columns = 'name, size, mtime_ms AS mtimeMs, listing, problems';
  const all = db.prepare(`SELECT ${columns} FROM files ORDER BY name`);
  const get = db.prepare(`SELECT ${columns} FROM files WHERE name = ?`);
  const summary = db.prepare('SELECT summary FROM bodies WHERE name = ?').pluck();
  const body = db.prepare('SELECT body FROM bodies WHERE name = ?').pluck();
  const putFile = db.prepare(
    `INSERT INTO files (name, size, mtime_ms, listing, problems) VALUES (@name, @size, @mtimeMs, @listing, @problems)
     ON CONFLICT (name) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, problems = excluded.problems,
       listing = coalesce(excluded.listing, listing)`,
  );
  const putBody = db.prepare(
    `INSERT INTO bodies (name, summary, body) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET summary = excluded.summary, body = excluded.body`,
  );
  const queue = db.prepare(
    `INSERT INTO search_backlog (name, published_ms) VALUES (?, ?)
     ON CONFLICT (name) DO UPDATE SET published_ms = excluded.published_ms`,
  );
  const backlogSize = db.prepare('SELECT count(*) FROM search_backlog').pluck();
  const queued = db.prepare(
    `SELECT q.name, b.body FROM search_backlog q JOIN bodies b USING (name) ORDER BY q.published_ms DESC LIMIT ?`,
  );
  const dequeue = db.prepare('DELETE FROM search_backlog WHERE name = ?');
  const removeFile = db.prepare('DELETE FROM files WHERE name = ?');
  const removeBody = db.prepare('DELETE FROM bodies WHERE name = ?');
  const search = openSqliteSearchIndex(db);
  return {
    all: () => all.iterate() as IterableIterator<IndexedFile>,
    get: (name) => get.get(name) as IndexedFile | undefined,
    summary: (name) => (summary.get(name) as string | undefined) ?? undefined,
    body: (name) => (body.get(name) as string | undefined) ?? undefined,
    put(file, good) {
      putFile.run(file);
      if (!good) return;
      putBody.run(file.name, good.summary, good.body);
      if ('publishedMs' in good.search) return void queue.run(file.name, good.search.publishedMs);
      dequeue.run(file.name);
      search.upsert(file.name, good.search.document);
    },
    delete(name) {
      removeFile.run(name);
      removeBody.run(name);
      dequeue.run(name);
      search.remove(name);
    },
    searchBacklog: () => backlogSize.get() as number,
    indexSearch(max, documentOf) {
      return db.transaction(() => {
        const rows = queued.all(max) as { name: string; body: string }[];
        for (const { name, body } of rows) {
          search.upsert(name, documentOf(body));
          dequeue.run(name);
        }
        return rows.length;
      })();
    },
    batch: (work) => db.transaction(work)(),
    close: () => db.close(),
    search,
  };
}
