import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';
import type { Store, TrendingRow } from './store';

const DAY_MS = 86_400_000;
const utcDay = (date: Date) => date.toISOString().slice(0, 10);

export function openSqliteStore(dataDir: string, fileName = 'broadsheet.sqlite'): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, fileName));
  db.pragma('journal_mode = WAL');
  // FULL: a write the server has acknowledged survives power loss, not just a process crash.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const addView = db.prepare(
    `INSERT INTO article_views_daily (slug, day, views) VALUES (?, ?, 1)
     ON CONFLICT (slug, day) DO UPDATE SET views = views + 1`,
  );
  const topViews = db.prepare(
    `SELECT slug, SUM(views) AS views FROM article_views_daily
     WHERE day >= ? AND day <= ? GROUP BY slug ORDER BY views DESC, slug ASC LIMIT ?`,
  );

  return {
    recordView(slug, at = new Date()) {
      addView.run(slug, utcDay(at));
    },
    trending({ days, limit, now = new Date() }) {
      const from = utcDay(new Date(now.getTime() - (days - 1) * DAY_MS));
      return topViews.all(from, utcDay(now), limit) as TrendingRow[];
    },
    close() {
      db.close();
    },
  };
}
