import pg from 'pg';
import type { AddFeedbackResult, FeedbackKeyRecord, NewFeedback, Store, TrendingRow } from '../store';
import { postgresEditorQueries } from './editor-queries';
import { migratePostgres } from './migrations';

const DAY_MS = 86_400_000;
const utcDay = (date: Date) => date.toISOString().slice(0, 10);

export type PostgresOptions = {
  /** Connections this instance may hold (PostgreSQL's max_connections is shared by every instance). */
  max?: number;
  /** A query waits this long for a connection before failing (writes answer 503): PostgreSQL may be down. */
  connectionTimeoutMs?: number;
};

/** "PostgreSQL at host:port/db", for logs: never the user or password the URL carries. */
export function describePostgres(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `PostgreSQL at ${hostname}:${port || '5432'}${pathname}`;
}

/**
 * The shared store for several instances. A pool reconnects by itself: while PostgreSQL is down each query
 * fails within `connectionTimeoutMs` (the resilient store answers it), and the next one after it is back works.
 * Migrations run before the store is handed out, under an advisory lock (migrations.ts).
 */
export async function openPostgresStore(
  url: string,
  { max = 10, connectionTimeoutMs = 2_000 }: PostgresOptions = {},
): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: connectionTimeoutMs,
    application_name: 'broadsheet',
  });
  // An idle connection that PostgreSQL drops (restart, failover) is an event, not a crash: the pool replaces it,
  // and the queries that fail meanwhile are reported by the resilient store.
  pool.on('error', () => {});
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const findKey = async (client: pg.Pool | pg.PoolClient, key: string) =>
    (
      await client.query<FeedbackKeyRecord>(
        'SELECT public_id AS "publicId", body_hash AS "bodyHash" FROM feedback WHERE idempotency_key = $1',
        [key],
      )
    ).rows[0];

  const addOne = async (client: pg.PoolClient, item: NewFeedback, windowMs: number): Promise<AddFeedbackResult> => {
    if (item.duplicateKey) {
      // Batches checking the same comment at once take turns until their transactions end, as SQLite's single
      // writer makes them: the check cannot miss a copy that is being written.
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [item.duplicateKey]);
      const since = new Date(Date.parse(item.createdAt) - windowMs).toISOString();
      const { rows } = await client.query<{ publicId: string }>(
        `SELECT public_id AS "publicId" FROM feedback
         WHERE duplicate_key = $1 AND created_at >= $2 AND idempotency_key <> $3 ORDER BY created_at LIMIT 1`,
        [item.duplicateKey, since, item.idempotencyKey],
      );
      if (rows[0]) return { status: 'duplicate', publicId: rows[0].publicId };
    }
    // A concurrent insert of the same key (another instance) waits for the first to commit, then does nothing.
    const { rowCount } = await client.query(
      `INSERT INTO feedback (public_id, idempotency_key, body_hash, article_slug, kind, helpful, reasons, comment,
                             category, spam_reason, duplicate_key, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (idempotency_key) DO NOTHING`,
      [
        item.publicId,
        item.idempotencyKey,
        item.bodyHash,
        item.articleSlug,
        item.kind,
        item.helpful,
        JSON.stringify(item.reasons),
        item.comment,
        item.category,
        item.spamReason,
        item.duplicateKey,
        item.createdAt,
      ],
    );
    if (rowCount === 1) return { status: 'created', publicId: item.publicId };
    return { status: 'replayed', ...((await findKey(client, item.idempotencyKey)) as FeedbackKeyRecord) };
  };

  return {
    async recordView(slug, at = new Date()) {
      await pool.query(
        `INSERT INTO article_views_daily (slug, day, views) VALUES ($1, $2, 1)
         ON CONFLICT (slug, day) DO UPDATE SET views = article_views_daily.views + 1`,
        [slug, utcDay(at)],
      );
    },
    async trending({ days, limit, now = new Date() }) {
      const from = utcDay(new Date(now.getTime() - (days - 1) * DAY_MS));
      const { rows } = await pool.query<TrendingRow>(
        `SELECT slug, SUM(views)::int AS views FROM article_views_daily
         WHERE day >= $1 AND day <= $2 GROUP BY slug ORDER BY views DESC, slug COLLATE "C" LIMIT $3`,
        [from, utcDay(now), limit],
      );
      return rows;
    },
    async addFeedback(items, duplicateWindowMs) {
      const client = await pool.connect();
      let failed = false;
      try {
        await client.query('BEGIN');
        const results: AddFeedbackResult[] = [];
        for (const item of items) results.push(await addOne(client, item, duplicateWindowMs));
        await client.query('COMMIT');
        return results;
      } catch (error) {
        failed = true;
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        // A connection that failed mid-transaction may be broken: dropped, not handed to the next batch.
        client.release(failed);
      }
    },
    findFeedbackKey: (key) => findKey(pool, key),
    ...postgresEditorQueries(pool),
    async addSession(idHash, expiresAt, now = Date.now()) {
      await pool.query('DELETE FROM editor_sessions WHERE expires_at < $1', [now]);
      await pool.query('INSERT INTO editor_sessions (id_hash, expires_at) VALUES ($1, $2)', [idHash, expiresAt]);
    },
    async sessionExpiry(idHash) {
      const { rows } = await pool.query<{ expires_at: string }>(
        'SELECT expires_at FROM editor_sessions WHERE id_hash = $1',
        [idHash],
      );
      return rows[0] ? Number(rows[0].expires_at) : undefined;
    },
    async deleteSession(idHash) {
      await pool.query('DELETE FROM editor_sessions WHERE id_hash = $1', [idHash]);
    },
    close: () => pool.end(),
  };
}
