/** The most words one query is matched on: beyond that a query is pasted text, not a question. */
export const MAX_TERMS = 32;

/**
 * The reader's query as words (letters and digits, as the index's tokenizer splits them). Operators, quotes,
 * `*`, brackets and column filters are never passed to the engine: whatever is typed, the match expression is
 * a list of quoted words, so no input can be a syntax error.
 */
export function searchTerms(query: string): string[] {
  return (query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
}

/** FTS5: every word must appear (each quoted, so `AND`, `NOT` and `NEAR` are words like any other). */
export const ftsMatch = (terms: readonly string[]) => terms.map((t) => `"${t.replaceAll('"', '')}"`).join(' ');
