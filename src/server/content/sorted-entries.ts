import type { ArticleTable, Position } from './article-table';

/** Rows of the article table kept newest first, searched and changed by binary search. */

/** Index of the first row that comes after `key`. */
export function firstAfter(table: ArticleTable, rows: readonly number[], key: Position): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table.compareTo(rows[mid] as number, key.publishedMs, key.slug) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function insertSorted(table: ArticleTable, rows: number[], row: number): void {
  rows.splice(firstAfter(table, rows, table.position(row)), 0, row);
}

export function removeSorted(table: ArticleTable, rows: number[], row: number): void {
  const at = firstAfter(table, rows, table.position(row)) - 1;
  if (rows[at] === row) rows.splice(at, 1);
}
