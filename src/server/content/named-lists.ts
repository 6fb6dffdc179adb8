import type { ArticleTable, Position } from './article-table';
import { firstAfter, insertSorted, removeSorted } from './sorted-entries';

/**
 * Articles filed under a name (a tag, a byline), by the name's slug, each list newest first, so a tag's or an
 * author's page is a binary search like a section's. A list goes when its last article does.
 */
export class NamedLists {
  private readonly lists = new Map<string, number[]>();

  constructor(private readonly table: ArticleTable) {}

  add(row: number, slugs: readonly string[]): void {
    for (const slug of new Set(slugs)) {
      const list = this.lists.get(slug);
      if (list) insertSorted(this.table, list, row);
      else this.lists.set(slug, [row]);
    }
  }

  /** At start, rows already newest first: appended, no search. */
  append(row: number, slugs: readonly string[]): void {
    for (const slug of new Set(slugs)) {
      const list = this.lists.get(slug);
      if (list) list.push(row);
      else this.lists.set(slug, [row]);
    }
  }

  remove(row: number, slugs: readonly string[]): void {
    for (const slug of new Set(slugs)) {
      const list = this.lists.get(slug);
      if (!list) continue;
      removeSorted(this.table, list, row);
      if (list.length === 0) this.lists.delete(slug);
    }
  }

  has(slug: string): boolean {
    return this.lists.has(slug);
  }

  /** `limit` rows after the position `after` (from the start without one). */
  page(slug: string, limit: number, after?: Position): { rows: number[]; more: boolean } {
    const list = this.lists.get(slug) ?? [];
    const start = after === undefined ? 0 : firstAfter(this.table, list, after);
    return { rows: list.slice(start, start + limit), more: start + limit < list.length };
  }
}
