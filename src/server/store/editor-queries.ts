import Database from 'better-sqlite3';
import { sqliteDialect, whereFeedback as where } from './feedback-filter';
import type { EditorQueries, FeedbackFilter, FeedbackTally, ReasonCount, Store, StoredFeedback } from './store';
import { withReasons, type ReasonRow } from './tally-reasons';

const whereFeedback = (filter: FeedbackFilter) => where(filter, sqliteDialect);

type FeedbackRow = {
  public_id: string;
  article_slug: string;
  kind: 'rating' | 'error-report';
  helpful: 0 | 1 | null;
  reasons: string;
  comment: string | null;
  category: string | null;
  spam_reason: string | null;
  spam_verdict: 0 | 1 | null;
  created_at: string;
};

const toStored = (row: FeedbackRow): StoredFeedback => ({
  publicId: row.public_id,
  articleSlug: row.article_slug,
  kind: row.kind,
  helpful: row.helpful === null ? null : row.helpful === 1,
  reasons: JSON.parse(row.reasons) as string[],
  comment: row.comment,
  category: row.category,
  createdAt: row.created_at,
  spam: (row.spam_verdict ?? (row.spam_reason !== null ? 1 : 0)) === 1,
});

type EditorAndSessionQueries = EditorQueries & Pick<Store, 'addSession' | 'sessionExpiry' | 'deleteSession'>;

/** What editors read and decide: selections, tallies, spam verdicts, retention and sessions. */
export function editorQueries(db: Database.Database): EditorAndSessionQueries {
  const setVerdict = db.prepare('UPDATE feedback SET spam_verdict = ? WHERE public_id = ?');
  const forget = db.prepare('UPDATE feedback SET comment = NULL WHERE created_at < ? AND comment IS NOT NULL');
  const insertSession = db.prepare('INSERT INTO editor_sessions (id_hash, expires_at) VALUES (?, ?)');
  const pruneSessions = db.prepare('DELETE FROM editor_sessions WHERE expires_at < ?');
  const findSession = db.prepare('SELECT expires_at FROM editor_sessions WHERE id_hash = ?').pluck();
  const removeSession = db.prepare('DELETE FROM editor_sessions WHERE id_hash = ?');

  return {
    async listFeedback({ limit = 200, ...filter }) {
      const { sql, params } = whereFeedback(filter);
      const rows = db
        .prepare(`SELECT * FROM feedback ${sql} ORDER BY created_at DESC, id DESC LIMIT ?`)
        .all(...params, limit) as FeedbackRow[];
      return rows.map(toStored);
    },
    async *iterateFeedback(filter) {
      // Its own read-only connection: an export spans many event-loop turns, and a connection that is
      // iterating cannot run anything else (WAL lets this reader and the writer proceed side by side).
      const reader = new Database(db.name, { readonly: true, fileMustExist: true });
      try {
        const { sql, params } = whereFeedback(filter);
        const rows = reader
          .prepare(`SELECT * FROM feedback ${sql} ORDER BY created_at DESC, id DESC`)
          .iterate(...params) as IterableIterator<FeedbackRow>;
        for (const row of rows) yield toStored(row);
      } finally {
        reader.close();
      }
    },
    async tallyFeedback(filter): Promise<FeedbackTally[]> {
      const { sql, params } = whereFeedback(filter);
      const counts = db
        .prepare(
          `SELECT article_slug AS articleSlug,
                  SUM(kind = 'rating' AND helpful = 1) AS yes,
                  SUM(kind = 'rating' AND helpful = 0) AS no,
                  SUM(kind = 'error-report') AS errorReports
           FROM feedback ${sql} GROUP BY article_slug ORDER BY COUNT(*) DESC, article_slug`,
        )
        .all(...params) as Omit<FeedbackTally, 'reasons'>[];
      const reasonRows = db
        .prepare(
          `SELECT article_slug AS articleSlug, reason.value AS reason, COUNT(*) AS n
           FROM feedback, json_each(feedback.reasons) AS reason ${sql} GROUP BY article_slug, reason.value`,
        )
        .all(...params) as ReasonRow[];
      return withReasons(counts, reasonRows);
    },
    async countSpam(filter) {
      const { sql, params } = whereFeedback({ ...filter, spam: 'only' });
      return db
        .prepare(`SELECT COUNT(*) FROM feedback ${sql}`)
        .pluck()
        .get(...params) as number;
    },
    async dailyRatings(filter) {
      const { sql, params } = whereFeedback({ ...filter, kind: 'rating' });
      return db
        .prepare(
          `SELECT substr(created_at, 1, 10) AS day, SUM(helpful = 1) AS yes, SUM(helpful = 0) AS no
           FROM feedback ${sql} GROUP BY day ORDER BY day`,
        )
        .all(...params) as { day: string; yes: number; no: number }[];
    },
    async reasonCounts(filter) {
      const { sql, params } = whereFeedback({ ...filter, kind: 'rating' });
      return db
        .prepare(
          `SELECT CASE helpful WHEN 1 THEN 'yes' ELSE 'no' END AS answer, reason.value AS reason, COUNT(*) AS count
           FROM feedback, json_each(feedback.reasons) AS reason ${sql}
           GROUP BY answer, reason ORDER BY count DESC, answer, reason`,
        )
        .all(...params) as ReasonCount[];
    },
    async markSpam(publicId, spam) {
      return setVerdict.run(spam ? 1 : 0, publicId).changes === 1;
    },
    async forgetCommentsBefore(before) {
      return forget.run(before).changes;
    },
    async addSession(idHash, expiresAt, now = Date.now()) {
      pruneSessions.run(now);
      insertSession.run(idHash, expiresAt);
    },
    async sessionExpiry(idHash) {
      return findSession.get(idHash) as number | undefined;
    },
    async deleteSession(idHash) {
      removeSession.run(idHash);
    },
  };
}
