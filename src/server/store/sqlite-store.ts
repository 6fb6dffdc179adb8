import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';
import type {
  AddFeedbackResult,
  FeedbackFilter,
  FeedbackKeyRecord,
  FeedbackTally,
  NewFeedback,
  Store,
  StoredFeedback,
  TrendingRow,
} from './store';

const DAY_MS = 86_400_000;
const utcDay = (date: Date) => date.toISOString().slice(0, 10);

type FeedbackRow = {
  public_id: string;
  article_slug: string;
  kind: 'rating' | 'error-report';
  helpful: 0 | 1 | null;
  reasons: string;
  comment: string | null;
  category: string | null;
  spam_reason: string | null;
  created_at: string;
};

/** WHERE clause and parameters for a feedback filter; dates are whole UTC days, inclusive. */
function whereFeedback({ article, from, to, includeSpam = false }: FeedbackFilter) {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  if (article) {
    clauses.push('article_slug = @article');
    params.article = article;
  }
  if (from) {
    clauses.push('created_at >= @from');
    params.from = `${from}T00:00:00.000Z`;
  }
  if (to) {
    clauses.push('created_at < @to');
    params.to = new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS).toISOString();
  }
  if (!includeSpam) clauses.push('spam_reason IS NULL');
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

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
    recordView(slug, at = new Date()) {
      addView.run(slug, utcDay(at));
    },
    trending({ days, limit, now = new Date() }) {
      const from = utcDay(new Date(now.getTime() - (days - 1) * DAY_MS));
      return topViews.all(from, utcDay(now), limit) as TrendingRow[];
    },
    addFeedback(items, duplicateWindowMs) {
      return addBatch(items, duplicateWindowMs);
    },
    findFeedbackKey: findKey,
    listFeedback({ limit = 200, ...filter }): StoredFeedback[] {
      const { sql, params } = whereFeedback(filter);
      const rows = db
        .prepare(`SELECT * FROM feedback ${sql} ORDER BY created_at DESC, id DESC LIMIT @limit`)
        .all({ ...params, limit }) as FeedbackRow[];
      return rows.map((row) => ({
        publicId: row.public_id,
        articleSlug: row.article_slug,
        kind: row.kind,
        helpful: row.helpful === null ? null : row.helpful === 1,
        reasons: JSON.parse(row.reasons) as string[],
        comment: row.comment,
        category: row.category,
        createdAt: row.created_at,
        spam: row.spam_reason !== null,
      }));
    },
    tallyFeedback(filter): FeedbackTally[] {
      const { sql, params } = whereFeedback(filter);
      const counts = db
        .prepare(
          `SELECT article_slug AS articleSlug,
                  SUM(kind = 'rating' AND helpful = 1) AS yes,
                  SUM(kind = 'rating' AND helpful = 0) AS no,
                  SUM(kind = 'error-report') AS errorReports
           FROM feedback ${sql} GROUP BY article_slug ORDER BY COUNT(*) DESC, article_slug`,
        )
        .all(params) as Omit<FeedbackTally, 'reasons'>[];
      const reasonRows = db
        .prepare(
          `SELECT article_slug AS articleSlug, reason.value AS reason, COUNT(*) AS n
           FROM feedback, json_each(feedback.reasons) AS reason ${sql} GROUP BY article_slug, reason.value`,
        )
        .all(params) as { articleSlug: string; reason: string; n: number }[];
      return counts.map((c) => ({
        ...c,
        reasons: Object.fromEntries(
          reasonRows.filter((r) => r.articleSlug === c.articleSlug).map((r) => [r.reason, r.n]),
        ),
      }));
    },
    close() {
      db.close();
    },
  };
}
