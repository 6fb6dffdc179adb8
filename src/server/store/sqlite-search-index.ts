import Database from 'better-sqlite3';
import type { HighlightedText, SearchHit } from '../../contract/search';
import type { SearchDocument, SearchIndex } from '../content/search/search-index';
import { ftsMatch, searchTerms } from '../content/search/search-terms';

// Private-use characters mark highlights inside FTS5's output; they are stripped from indexed text first.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKERS = /[\uE000\uE001]/g;
const SNIPPET_TOKENS = 24;
/** Column weights for bm25, in column order: a word in the headline counts most, then summary, tags, bylines. */
const WEIGHTS = '10.0, 4.0, 1.0, 3.0, 2.0';

const clean = (text: string) => text.replace(MARKERS, '');

/** FTS5's marked-up output as text plus ranges. */
export function toHighlighted(marked: string): HighlightedText {
  const highlights: [number, number][] = [];
  let text = '';
  let start = -1;
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === OPEN) start = text.length;
    else if (part === CLOSE) {
      if (start >= 0 && text.length > start) highlights.push([start, text.length]);
      start = -1;
    } else text += part;
  }
  return { text, highlights };
}

const encodeCursor = (offset: number) => Buffer.from(`o${offset}`, 'utf8').toString('base64url');
function decodeCursor(cursor: string): number | undefined {
  const match = /^o(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

type Row = { slug: string; section: string; publishedAt: string; headline: string; snippet: string };

/**
 * SQLite FTS5 with the Porter stemmer over unicode61 ("meetings" finds "meeting"), in the content index's own
 * database, so it is written in the same transactions and rebuilt with it. Ranked by bm25, ties by slug, so a
 * page is the same each time it is asked for; the cursor is the offset of the next page.
 */
export function openSqliteSearchIndex(db: Database.Database): SearchIndex {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
      headline, summary, body, tags, bylines,
      slug UNINDEXED, section UNINDEXED, published_at UNINDEXED,
      tokenize = 'porter unicode61');
    CREATE TABLE IF NOT EXISTS search_ids (row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);`);
  // FTS5 finds a row quickly by its rowid or by MATCH, nothing else: a delete by the id column reads the whole
  // table (at 200,000 articles that made a first build quadratic). Each id gets a rowid of its own here, and
  // lives only here.
  const rowOf = db
    .prepare('INSERT INTO search_ids (id) VALUES (?) ON CONFLICT (id) DO UPDATE SET id = excluded.id RETURNING row')
    .pluck();
  const forgetId = db.prepare('DELETE FROM search_ids WHERE id = ? RETURNING row').pluck();
  const removeRow = db.prepare('DELETE FROM search WHERE rowid = ?');
  const insert = db.prepare(
    `INSERT INTO search (rowid, headline, summary, body, tags, bylines, slug, section, published_at)
     VALUES (@row, @headline, @summary, @body, @tags, @bylines, @slug, @section, @publishedAt)`,
  );
  const find = db.prepare(
    `SELECT slug, section, published_at AS publishedAt,
       highlight(search, 0, '${OPEN}', '${CLOSE}') AS headline,
       snippet(search, -1, '${OPEN}', '${CLOSE}', '…', ${SNIPPET_TOKENS}) AS snippet
     FROM search WHERE search MATCH ? AND published_at <= ?
     ORDER BY bm25(search, ${WEIGHTS}), slug LIMIT ? OFFSET ?`,
  );
  const count = db.prepare('SELECT count(*) FROM search WHERE search MATCH ? AND published_at <= ?').pluck();
  const hitOf = (row: Row): SearchHit => ({
    slug: row.slug,
    section: row.section,
    publishedAt: row.publishedAt,
    headline: toHighlighted(row.headline),
    snippet: toHighlighted(row.snippet),
  });
  return {
    upsert(id, document: SearchDocument) {
      const row = rowOf.get(id) as number;
      removeRow.run(row);
      const fields = Object.fromEntries(Object.entries(document).map(([k, v]) => [k, clean(v)]));
      // ISO dates compare as text only in one form: stored as UTC with milliseconds, like `now` below.
      insert.run({ ...fields, row, publishedAt: new Date(document.publishedAt).toISOString() });
    },
    remove(id) {
      const row = forgetId.get(id) as number | undefined;
      if (row !== undefined) removeRow.run(row);
    },
    async search({ query, limit, cursor, now }) {
      const offset = cursor === undefined ? 0 : decodeCursor(cursor);
      if (offset === undefined) return undefined;
      const terms = searchTerms(query);
      if (!terms.length) return { query, hits: [], total: 0, offset, nextCursor: null, previousCursor: null };
      const match = ftsMatch(terms);
      const at = new Date(now).toISOString();
      const rows = find.all(match, at, limit + 1, offset) as Row[];
      const total = count.get(match, at) as number;
      const more = rows.length > limit;
      return {
        query,
        hits: rows.slice(0, limit).map(hitOf),
        total,
        offset,
        nextCursor: more ? encodeCursor(offset + limit) : null,
        previousCursor: offset > 0 ? encodeCursor(Math.max(0, offset - limit)) : null,
      };
    },
  };
}

/** An index of its own in memory, for content given in memory (tests) rather than read through the content index. */
export const openMemorySearchIndex = () => openSqliteSearchIndex(new Database(':memory:'));
