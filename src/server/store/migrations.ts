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
