import type { Pool } from 'pg';
import { postgresDialect, whereFeedback as where } from '../feedback-filter';
import type { EditorQueries, FeedbackFilter, FeedbackTally, ReasonCount, StoredFeedback } from '../store';
import { withReasons, type ReasonRow } from '../tally-reasons';

const whereFeedback = (filter: FeedbackFilter) => where(filter, postgresDialect);
/** Rows an export reads per query: constant memory whatever the selection holds. */
const EXPORT_PAGE = 500;

type FeedbackRow = {
  id: string;
  public_id: string;
  article_slug: string;
  kind: 'rating' | 'error-report';
  helpful: boolean | null;
  reasons: string[];
  comment: string | null;
  category: string | null;
  spam_reason: string | null;
  spam_verdict: boolean | null;
  created_at: string;
};

const toStored = (row: FeedbackRow): StoredFeedback => ({
  publicId: row.public_id,
  articleSlug: row.article_slug,
  kind: row.kind,
  helpful: row.helpful,
  reasons: row.reasons,
  comment: row.comment,
  category: row.category,
  createdAt: row.created_at,
  spam: row.spam_verdict ?? row.spam_reason !== null,
});

/** `n`th placeholder after a filter's own parameters. */
const next = (params: unknown[], value: unknown) => `$${params.push(value)}`;

/** What editors read and decide, in PostgreSQL: the same selections as SQLite's (../editor-queries.ts). */
export function postgresEditorQueries(pool: Pool): EditorQueries {
  const select = async <T>(sql: string, params: unknown[]) => (await pool.query<T & object>(sql, params)).rows;
  return {
    async listFeedback({ limit = 200, ...filter }) {
      const { sql, params } = whereFeedback(filter);
      const rows = await select<FeedbackRow>(
        `SELECT * FROM feedback ${sql} ORDER BY created_at DESC, id DESC LIMIT ${next(params, limit)}`,
        params,
      );
      return rows.map(toStored);
    },
    // Page by page along the export's own order (keyset): no cursor held open across a slow download.
    async *iterateFeedback(filter) {
      let after: { createdAt: string; id: string } | undefined;
      for (;;) {
        const { sql, params } = whereFeedback(filter);
        const clauses = [sql ? sql.slice('WHERE '.length) : 'TRUE'];
        if (after) clauses.push(`(created_at, id) < (${next(params, after.createdAt)}, ${next(params, after.id)})`);
        const rows = await select<FeedbackRow>(
          `SELECT * FROM feedback WHERE ${clauses.join(' AND ')}
           ORDER BY created_at DESC, id DESC LIMIT ${next(params, EXPORT_PAGE)}`,
          params,
        );
        for (const row of rows) yield toStored(row);
        const last = rows.at(-1);
        if (!last || rows.length < EXPORT_PAGE) return;
        after = { createdAt: last.created_at, id: last.id };
      }
    },
    async tallyFeedback(filter): Promise<FeedbackTally[]> {
      const { sql, params } = whereFeedback(filter);
      const [counts, reasonRows] = await Promise.all([
        select<Omit<FeedbackTally, 'reasons'>>(
          `SELECT article_slug AS "articleSlug",
                  (COUNT(*) FILTER (WHERE kind = 'rating' AND helpful))::int AS yes,
                  (COUNT(*) FILTER (WHERE kind = 'rating' AND NOT helpful))::int AS no,
                  (COUNT(*) FILTER (WHERE kind = 'error-report'))::int AS "errorReports"
           FROM feedback ${sql} GROUP BY article_slug ORDER BY COUNT(*) DESC, article_slug COLLATE "C"`,
          params,
        ),
        select<ReasonRow>(
          `SELECT article_slug AS "articleSlug", reason, COUNT(*)::int AS n
           FROM feedback CROSS JOIN LATERAL jsonb_array_elements_text(reasons) AS reason ${sql}
           GROUP BY article_slug, reason`,
          params,
        ),
      ]);
      return withReasons(counts, reasonRows);
    },
    async countSpam(filter) {
      const { sql, params } = whereFeedback({ ...filter, spam: 'only' });
      const [row] = await select<{ n: number }>(`SELECT COUNT(*)::int AS n FROM feedback ${sql}`, params);
      return row?.n ?? 0;
    },
    async dailyRatings(filter) {
      const { sql, params } = whereFeedback({ ...filter, kind: 'rating' });
      return select<{ day: string; yes: number; no: number }>(
        `SELECT substr(created_at, 1, 10) AS day, (COUNT(*) FILTER (WHERE helpful))::int AS yes,
                (COUNT(*) FILTER (WHERE NOT helpful))::int AS no
         FROM feedback ${sql} GROUP BY 1 ORDER BY 1`,
        params,
      );
    },
    async reasonCounts(filter) {
      const { sql, params } = whereFeedback({ ...filter, kind: 'rating' });
      return select<ReasonCount>(
        `SELECT CASE WHEN helpful THEN 'yes' ELSE 'no' END AS answer, reason, COUNT(*)::int AS count
         FROM feedback CROSS JOIN LATERAL jsonb_array_elements_text(reasons) AS reason ${sql}
         GROUP BY 1, 2 ORDER BY count DESC, answer, reason COLLATE "C"`,
        params,
      );
    },
    async markSpam(publicId, spam) {
      const { rowCount } = await pool.query('UPDATE feedback SET spam_verdict = $1 WHERE public_id = $2', [
        spam,
        publicId,
      ]);
      return rowCount === 1;
    },
    async forgetCommentsBefore(before) {
      const { rowCount } = await pool.query(
        'UPDATE feedback SET comment = NULL WHERE created_at < $1 AND comment IS NOT NULL',
        [before],
      );
      return rowCount ?? 0;
    },
  };
}
