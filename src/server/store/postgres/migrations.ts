import type { Pool } from 'pg';

/** Any fixed number: every instance takes the same lock, so only one migrates at a time. */
const MIGRATION_LOCK = 0x62_72_6f_61; // "broa"

// Append only: a migration that has shipped is never edited. `schema_migrations` records how far a database
// has come. The schema matches SQLite's (migrations.ts) as it stands after all of its steps; timestamps are ISO
// 8601 UTC text in both engines, so filters and order behave identically.
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE article_views_daily (
    slug text NOT NULL,
    day date NOT NULL,             -- UTC
    views integer NOT NULL,
    PRIMARY KEY (slug, day)
  );
  CREATE INDEX article_views_daily_day ON article_views_daily (day);

  CREATE TABLE feedback (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE,
    idempotency_key text NOT NULL,
    body_hash text NOT NULL,
    article_slug text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('rating', 'error-report')),
    helpful boolean,
    reasons jsonb NOT NULL DEFAULT '[]',
    comment text,
    category text,
    spam_reason text,              -- NULL unless a spam signal fired
    duplicate_key text,            -- hash of (reader, article, kind, comment)
    spam_verdict boolean,          -- an editor's verdict: NULL follows the signals
    created_at text NOT NULL       -- ISO 8601, UTC
  );
  -- One row per submission, however often (and to whichever instance) the browser retries it.
  CREATE UNIQUE INDEX feedback_idempotency_key ON feedback (idempotency_key);
  CREATE INDEX feedback_article_created ON feedback (article_slug, created_at);
  CREATE INDEX feedback_created ON feedback (created_at);
  CREATE INDEX feedback_duplicate ON feedback (duplicate_key, created_at) WHERE duplicate_key IS NOT NULL;

  -- Signed-in editors; the id is a hash of the cookie value, so a copy of the database opens no session.
  CREATE TABLE editor_sessions (
    id_hash text PRIMARY KEY,
    expires_at bigint NOT NULL     -- epoch ms
  );
  `,
];

/**
 * Brings the database up to date under a session advisory lock: instances starting together take turns, and
 * the second finds nothing left to do. Each step commits with its version, so a crash leaves no half step.
 * Returns the version the database is at.
 */
export async function migratePostgres(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const { rows } = await client.query<{ version: number }>(
        'SELECT COALESCE(MAX(version), 0)::int AS version FROM schema_migrations',
      );
      for (let version = rows[0]?.version ?? 0; version < MIGRATIONS.length; version++) {
        await client.query('BEGIN');
        try {
          await client.query(MIGRATIONS[version] as string);
          await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version + 1]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
  return MIGRATIONS.length;
}
