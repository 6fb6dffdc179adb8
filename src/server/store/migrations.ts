import type { Database } from 'better-sqlite3';

// Append only: a migration that has shipped is never edited. `user_version` records how far a file has come.
const MIGRATIONS: ReadonlyArray<(db: Database) => void> = [
  (db) =>
    db.exec(`
      CREATE TABLE article_views_daily (
        slug TEXT NOT NULL,
        day TEXT NOT NULL,          -- UTC date, YYYY-MM-DD
        views INTEGER NOT NULL,
        PRIMARY KEY (slug, day)
      ) WITHOUT ROWID;
      CREATE INDEX article_views_daily_day ON article_views_daily (day);
    `),
  (db) =>
    db.exec(`
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        public_id TEXT NOT NULL UNIQUE,
        idempotency_key TEXT NOT NULL,
        body_hash TEXT NOT NULL,
        article_slug TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('rating', 'error-report')),
        helpful INTEGER CHECK (helpful IN (0, 1)),
        reasons TEXT NOT NULL DEFAULT '[]',   -- JSON array
        comment TEXT,
        category TEXT,
        spam_reason TEXT,                     -- NULL unless a spam signal fired
        created_at TEXT NOT NULL              -- ISO 8601, UTC
      );
      -- One row per submission, however often the browser retries it.
      CREATE UNIQUE INDEX feedback_idempotency_key ON feedback (idempotency_key);
      CREATE INDEX feedback_article_created ON feedback (article_slug, created_at);
      CREATE INDEX feedback_created ON feedback (created_at);
    `),
  (db) =>
    db.exec(`
      -- A hash of (reader, article, kind, comment): the same comment sent again a moment later is stored once.
      ALTER TABLE feedback ADD COLUMN duplicate_key TEXT;
      CREATE INDEX feedback_duplicate ON feedback (duplicate_key, created_at) WHERE duplicate_key IS NOT NULL;
    `),
  (db) =>
    db.exec(`
      -- An editor's verdict: NULL follows the spam signals, 0 is "not spam", 1 is "spam".
      ALTER TABLE feedback ADD COLUMN spam_verdict INTEGER CHECK (spam_verdict IN (0, 1));
      -- Signed-in editors; the id is a hash of the cookie value, so a copy of the file opens no session.
      CREATE TABLE editor_sessions (
        id_hash TEXT PRIMARY KEY,
        expires_at INTEGER NOT NULL  -- epoch ms
      ) WITHOUT ROWID;
    `),
];

export function migrate(db: Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      (MIGRATIONS[version] as (db: Database) => void)(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
