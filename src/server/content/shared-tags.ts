import type { ArticleTable } from './article-table';

/**
 * Which articles share the most tags with one of them, newest first among equals. Each tag (lower-cased, so
 * "Trade" and "trade" are one) keeps a list of table rows, so counting runs over packed numbers, never over
 * articles scattered across the heap. A change costs only its own tags.
 */
export class SharedTags {
  private readonly postings = new Map<string, number[]>();
  /** Shared-tag counts by row, zero between calls; `touched` lists the rows a call counted, to reset them. */
  private counts = new Uint8Array(0);
  private readonly touched: number[] = [];

  constructor(private readonly table: ArticleTable) {}

  add(row: number): void {
    for (const tag of this.table.foldedTags(row)) {
      const rows = this.postings.get(tag);
      if (rows) rows.push(row);
      else this.postings.set(tag, [row]);
    }
  }

  remove(row: number): void {
    for (const tag of this.table.foldedTags(row)) {
      const rows = this.postings.get(tag) ?? [];
      const at = rows.indexOf(row);
      if (at < 0) continue;
      // Order within a tag does not matter: the last row fills the gap.
      rows[at] = rows[rows.length - 1] as number;
      rows.pop();
      if (rows.length === 0) this.postings.delete(tag);
    }
  }

  /** Up to `limit` rows sharing the most tags with `row` (at least one), newest first among equals. */
  mostShared(row: number, limit: number, skip: readonly number[] = []): number[] {
    const tags = this.table.foldedTags(row);
    if (limit <= 0 || tags.length === 0) return [];
    if (this.counts.length < this.table.capacity) this.counts = new Uint8Array(this.table.capacity);
    const { counts, touched } = this;
    for (const tag of tags) {
      const rows = this.postings.get(tag) ?? [];
      for (let i = 0; i < rows.length; i++) {
        const other = rows[i] as number;
        const before = counts[other] as number;
        counts[other] = before + 1;
        if (before === 0) touched.push(other);
      }
    }
    const skipped = new Set([row, ...skip]);
    const byCount: number[][] = tags.map(() => []); // byCount[n - 1]: the newest rows sharing n tags
    for (const other of touched) {
      const count = counts[other] as number;
      counts[other] = 0; // leave the counts clean for the next call
      if (!skipped.has(other)) this.offer(byCount[count - 1] as number[], other, limit);
    }
    touched.length = 0;
    return byCount.reverse().flat().slice(0, limit);
  }

  /** Keeps `newest` the `limit` newest rows offered, newest first. */
  private offer(newest: number[], row: number, limit: number): void {
    let at = newest.length;
    while (at > 0 && this.table.compare(row, newest[at - 1] as number) < 0) at--;
    if (at >= limit) return;
    newest.splice(at, 0, row);
    if (newest.length > limit) newest.pop();
  }
}
