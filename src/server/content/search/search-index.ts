import type { SearchPage } from '../../../contract/search';

/** What search reads of one article version: plain text only (no markup reaches the index). */
export type SearchDocument = {
  slug: string;
  section: string;
  publishedAt: string;
  headline: string;
  summary: string;
  body: string;
  tags: string;
  bylines: string;
};

/** One question put to the index: the reader's words as given, and what may be shown at `now`. */
export type SearchRequest = {
  query: string;
  limit: number;
  /** Opaque, from a previous page's `nextCursor`. */
  cursor?: string;
  /** Epoch ms: articles dated later (scheduled) are never found. */
  now: number;
};

/**
 * Full-text search over the content as stored. Keyed by content file (`id`), like the content index it sits
 * beside: every valid version is upserted as it is read, every file removed is removed. The embedded engine is
 * SQLite FTS5 (`sqlite-search-index.ts`); a PostgreSQL one can stand behind the same shape (a `tsvector` column
 * weighted A–D, `websearch_to_tsquery('english', …)`, `ts_rank_cd`, `ts_headline` with marker strings turned
 * into ranges), which is why reads are asynchronous and snippets come back as text plus ranges, never HTML.
 */
export type SearchIndex = {
  upsert(id: string, document: SearchDocument): void;
  remove(id: string): void;
  /** `undefined` when the cursor is not one this index issued. */
  search(request: SearchRequest): Promise<SearchPage | undefined>;
};
