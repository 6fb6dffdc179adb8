import type { Sorted } from './sorted-entries';

type Tagged = Sorted & { tags: readonly string[] };

const INITIAL_CAPACITY = 1_024;

/**
 * Which articles share the most tags with one of them, newest first among equals. Each article gets a small
 * integer id and each tag a list of ids, so counting runs over packed arrays: reading a field of every article
 * under a popular tag (objects scattered over the heap) cost microseconds each, milliseconds per article page at
 * 50,000 articles. Nothing is renumbered when articles come and go, so a change costs only its own tags.
 * `tags` must be distinct within an article (the repository lower-cases and de-duplicates them).
 */
export class SharedTags<T extends Tagged> {
  private readonly idOf = new Map<T, number>();
  private readonly items: (T | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly postings = new Map<string, number[]>();
  /** Publication time by id: compared without touching the articles (their sort key breaks ties). */
  private times = new Float64Array(INITIAL_CAPACITY);
  /** Shared-tag counts by id, zero between calls; `touched` lists the ids a call counted, to reset them. */
  private counts = new Uint8Array(INITIAL_CAPACITY);
  private readonly touched: number[] = [];

  add(item: T, publishedMs: number): void {
    const id = this.free.pop() ?? this.items.length;
    if (id >= this.times.length) this.grow(id + 1);
    this.items[id] = item;
    this.times[id] = publishedMs;
    this.idOf.set(item, id);
    for (const tag of item.tags) {
      const ids = this.postings.get(tag);
      if (ids) ids.push(id);
      else this.postings.set(tag, [id]);
    }
  }

  remove(item: T): void {
    const id = this.idOf.get(item);
    if (id === undefined) return;
    this.idOf.delete(item);
    this.items[id] = undefined;
    this.free.push(id);
    for (const tag of item.tags) {
      const ids = this.postings.get(tag) ?? [];
      const at = ids.indexOf(id);
      // Order within a tag does not matter: the last id fills the gap.
      if (at >= 0) ids[at] = ids[ids.length - 1] as number;
      ids.pop();
      if (ids.length === 0) this.postings.delete(tag);
    }
  }

  /** Up to `limit` articles sharing the most tags with `item` (at least one), newest first among equals. */
  mostShared(item: T, limit: number, skip: readonly T[] = []): T[] {
    const self = this.idOf.get(item);
    if (self === undefined || limit <= 0) return [];
    const { counts, touched } = this;
    for (const tag of item.tags) {
      const ids = this.postings.get(tag) ?? [];
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        const before = counts[id] as number;
        counts[id] = before + 1;
        if (before === 0) touched.push(id);
      }
    }
    const skipped = [self, ...skip.flatMap((s) => this.idOf.get(s) ?? [])];
    const byCount: number[][] = item.tags.map(() => []); // byCount[n - 1]: the newest ids sharing n tags
    for (const id of touched) {
      const count = counts[id] as number;
      counts[id] = 0; // leave the counts clean for the next call
      if (!skipped.includes(id)) this.offer(byCount[count - 1] as number[], id, limit);
    }
    touched.length = 0;
    return byCount
      .reverse()
      .flat()
      .slice(0, limit)
      .map((id) => this.items[id] as T);
  }

  /** Keeps `newest` the `limit` newest ids offered, newest first. */
  private offer(newest: number[], id: number, limit: number): void {
    let at = newest.length;
    while (at > 0 && this.newer(id, newest[at - 1] as number)) at--;
    if (at >= limit) return;
    newest.splice(at, 0, id);
    if (newest.length > limit) newest.pop();
  }

  private newer(a: number, b: number): boolean {
    const ta = this.times[a] as number;
    const tb = this.times[b] as number;
    if (ta !== tb) return ta > tb;
    return (this.items[a] as T).sortKey > (this.items[b] as T).sortKey;
  }

  private grow(needed: number): void {
    let capacity = this.times.length;
    while (capacity < needed) capacity *= 2;
    const times = new Float64Array(capacity);
    times.set(this.times);
    this.times = times;
    const counts = new Uint8Array(capacity);
    counts.set(this.counts);
    this.counts = counts;
  }
}
