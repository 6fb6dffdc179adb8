import { firstAfter, insertSorted, removeSorted, type Sorted } from './sorted-entries';

/**
 * Articles filed under a name (a tag, a byline), by the name's slug, each list newest first, so a tag's or an
 * author's page is a binary search like a section's. A list goes when its last article does.
 */
export class NamedLists<T extends Sorted> {
  private readonly lists = new Map<string, T[]>();

  add(entry: T, slugs: readonly string[]): void {
    for (const slug of new Set(slugs)) {
      const list = this.lists.get(slug);
      if (list) insertSorted(list, entry);
      else this.lists.set(slug, [entry]);
    }
  }

  remove(entry: T, slugs: readonly string[]): void {
    for (const slug of new Set(slugs)) {
      const list = this.lists.get(slug);
      if (!list) continue;
      removeSorted(list, entry);
      if (list.length === 0) this.lists.delete(slug);
    }
  }

  has(slug: string): boolean {
    return this.lists.has(slug);
  }

  /** `limit` entries after the sort key `after` (from the start without one). */
  page(slug: string, limit: number, after?: string): { entries: T[]; more: boolean } {
    const list = this.lists.get(slug) ?? [];
    const start = after === undefined ? 0 : firstAfter(list, after);
    return { entries: list.slice(start, start + limit), more: start + limit < list.length };
  }
}
