import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { editorQueries } from './editor-queries';
import { migrate } from './migrations';
import type { AddFeedbackResult, FeedbackKeyRecord, NewFeedback, Store, TrendingRow } from './store';

const DAY_MS = 86_400_000;
const utcDay = (date: Date) => date.toISOString().slice(0, 10);

export function openSqliteStore(dataDir: string, fileName = 'broadsheet.sqlite'): Store {
  // Feedback is readers' words: only the server's user may list the folder or read the file. SQLite gives its
  // -wal and -shm files the database file's mode, so creating that one 0600 covers all three.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, fileName);
  closeSync(openSync(file, 'a', 0o600));
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a write the server has acknowledged survives power loss, not just a process crash.
  db.pragma('synchronous = FULL');
  // better-sqlite3 is synchronous: a busy timeout would stall the whole event loop while someone else (an
  // operator's sqlite3 shell) holds the write lock. WAL readers never wait for a writer, so reads go on; a write
  // fails at once with SQLITE_BUSY and is answered 503 (the browser's outbox retries).
  db.pragma('busy_timeout = 0');
  migrate(db);

  const addView = db.prepare(
    `INSERT INTO article_views_daily (slug, day, views) VALUES (?, ?, 1)
     ON CONFLICT (slug, day) DO UPDATE SET views = views + 1`,
  );
  const topViews = db.prepare(
    `SELECT slug, SUM(views) AS views FROM article_views_daily
     WHERE day >= ? AND day <= ? GROUP BY slug ORDER BY views DESC, slug ASC LIMIT ?`,
  );
  const insertFeedback = db.prepare(
    `INSERT INTO feedback (public_id, idempotency_key, body_hash, article_slug, kind, helpful, reasons, comment, category, spam_reason, duplicate_key, created_at)
     VALUES (@publicId, @idempotencyKey, @bodyHash, @articleSlug, @kind, @helpful, @reasons, @comment, @category, @spamReason, @duplicateKey, @createdAt)
     ON CONFLICT (idempotency_key) DO NOTHING`,
  );
  const selectKey = db.prepare(
    'SELECT public_id AS publicId, body_hash AS bodyHash FROM feedback WHERE idempotency_key = ?',
  );
  const findKey = (key: string) => selectKey.get(key) as FeedbackKeyRecord | undefined;
  // Another key's row: a replay of this very key is told apart by the unique index instead.
  const selectDuplicate = db.prepare(
    `SELECT public_id AS publicId FROM feedback
     WHERE duplicate_key = ? AND created_at >= ? AND idempotency_key <> ? ORDER BY created_at LIMIT 1`,
  );

  const addOne = (item: NewFeedback, duplicateWindowMs: number): AddFeedbackResult => {
    if (item.duplicateKey) {
      const since = new Date(Date.parse(item.createdAt) - duplicateWindowMs).toISOString();
      const earlier = selectDuplicate.get(item.duplicateKey, since, item.idempotencyKey) as
        { publicId: string } | undefined;
      if (earlier) return { status: 'duplicate', publicId: earlier.publicId };
    }
    const { changes } = insertFeedback.run({
      ...item,
      helpful: item.helpful === null ? null : Number(item.helpful),
      reasons: JSON.stringify(item.reasons),
    });
    if (changes === 1) return { status: 'created', publicId: item.publicId };
    return { status: 'replayed', ...(findKey(item.idempotencyKey) as FeedbackKeyRecord) };
  };
  const addBatch = db.transaction((items: NewFeedback[], duplicateWindowMs: number) =>
    items.map((item) => addOne(item, duplicateWindowMs)),
  );

  return {
    async recordView(slug, at = new Date()) {
      addView.run(slug, utcDay(at));
    },
    async trending({ days, limit, now = new Date() }) {
      const from = utcDay(new Date(now.getTime() - (days - 1) * DAY_MS));
      return topViews.all(from, utcDay(now), limit) as TrendingRow[];
    },
    async addFeedback(items, duplicateWindowMs) {
      return addBatch(items, duplicateWindowMs);
    },
    findFeedbackKey: async (key) => findKey(key),
    ...editorQueries(db),
    async close() {
      db.close();
    },
  };
}
