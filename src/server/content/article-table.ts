import type { ArticleListing } from './article-record';

/** Strings by small integer id, each distinct string held once (sections, tags, bylines, related slugs). */
export class NameIds {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  name(id: number): string {
    return this.names[id] as string;
  }
}

/**
 * A short list of ids per row, all packed in one typed array: no array object per article. A row's new list is
 * appended and its old one left as a gap; the pool is compacted when gaps are half of it.
 */
export class PackedIds {
  private start = new Uint32Array(0);
  private count = new Uint16Array(0);
  private pool = new Uint32Array(1_024);
  private used = 0;
  private gaps = 0;

  set(row: number, ids: readonly number[]): void {
    if (row >= this.start.length) this.growRows(row + 1);
    this.gaps += this.count[row] as number;
    if (this.used + ids.length > this.pool.length) this.growPool(ids.length);
    this.start[row] = this.used;
    this.count[row] = ids.length;
    this.pool.set(ids, this.used);
    this.used += ids.length;
  }

  get(row: number): number[] {
    const start = this.start[row] as number;
    return Array.from(this.pool.subarray(start, start + (this.count[row] as number)));
  }

  size(row: number): number {
    return this.count[row] as number;
  }

  clear(row: number): void {
    this.gaps += this.count[row] as number;
    this.count[row] = 0;
  }

  private growRows(needed: number): void {
    const capacity = Math.max(needed, this.start.length * 2, 1_024);
    const start = new Uint32Array(capacity);
    start.set(this.start);
    const count = new Uint16Array(capacity);
    count.set(this.count);
    [this.start, this.count] = [start, count];
  }

  private growPool(extra: number): void {
    const live = this.used - this.gaps;
    const capacity = Math.max(this.pool.length, 2 * (live + extra));
    const pool = new Uint32Array(capacity);
    let used = 0;
    for (let row = 0; row < this.count.length; row++) {
      const n = this.count[row] as number;
      if (!n) continue;
      const start = this.start[row] as number;
      pool.set(this.pool.subarray(start, start + n), used);
      this.start[row] = used;
      used += n;
    }
    [this.pool, this.used, this.gaps] = [pool, used, 0];
  }
}

/** Where a list starts after: a position in the newest-first order (a cursor). */
export type Position = { publishedMs: number; slug: string };

/**
 * The published articles in memory, a column per field and a row per article: at 200,000 articles an object
 * per article (with arrays for its tags, bylines and related slugs) cost about 1 KB each and most of a restart's
 * garbage collection; a row here is a few numbers and three strings. Rows are reused once freed.
 */
export class ArticleTable {
  readonly names = new NameIds();
  private readonly slugs: (string | undefined)[] = [];
  private readonly files: (string | undefined)[] = [];
  private readonly digests: (string | undefined)[] = [];
  private times = new Float64Array(1_024);
  private sections = new Uint32Array(1_024);
  /** Tags as written, bylines and related slugs, as name ids. */
  private readonly tagIds = new PackedIds();
  private readonly authorIds = new PackedIds();
  private readonly relatedIds = new PackedIds();
  private readonly free: number[] = [];

  /** Rows in use and freed: typed arrays indexed by row (SharedTags' counts) are this long. */
  get capacity(): number {
    return this.times.length;
  }

  add(listing: ArticleListing): number {
    const row = this.free.pop() ?? this.slugs.length;
    if (row >= this.times.length) this.grow(row + 1);
    this.slugs[row] = listing.slug;
    this.files[row] = listing.name;
    this.digests[row] = listing.listed;
    this.times[row] = Date.parse(listing.publishedAt);
    this.sections[row] = this.names.id(listing.section);
    this.tagIds.set(row, listing.tags.map((t) => this.names.id(t)));
    this.authorIds.set(row, (listing.authors ?? []).map((a) => this.names.id(a)));
    this.relatedIds.set(row, listing.related.map((s) => this.names.id(s)));
    return row;
  }

  remove(row: number): void {
    this.slugs[row] = this.files[row] = this.digests[row] = undefined;
    this.tagIds.clear(row);
    this.authorIds.clear(row);
    this.relatedIds.clear(row);
    this.free.push(row);
  }

  slug(row: number): string {
    return this.slugs[row] as string;
  }

  file(row: number): string {
    return this.files[row] as string;
  }

  publishedMs(row: number): number {
    return this.times[row] as number;
  }

  section(row: number): string {
    return this.names.name(this.sections[row] as number);
  }

  tags(row: number): string[] {
    return this.tagIds.get(row).map((id) => this.names.name(id));
  }

  /** Tags lower-cased, each once: what related articles and cache keys compare ("Trade" and "trade" are one). */
  foldedTags(row: number): string[] {
    return [...new Set(this.tags(row).map((t) => t.toLowerCase()))];
  }

  authors(row: number): string[] {
    return this.authorIds.get(row).map((id) => this.names.name(id));
  }

  related(row: number): string[] {
    return this.relatedIds.get(row).map((id) => this.names.name(id));
  }

  /** The row as the listing it was made from (for what a change touches, and for reading its body). */
  listing(row: number): ArticleListing {
    return {
      slug: this.slug(row),
      section: this.section(row),
      publishedAt: new Date(this.publishedMs(row)).toISOString(),
      tags: this.tags(row),
      related: this.related(row),
      authors: this.authors(row),
      name: this.file(row),
      listed: this.digests[row] as string,
    };
  }

  position(row: number): Position {
    return { publishedMs: this.publishedMs(row), slug: this.slug(row) };
  }

  /** Newest first; the slug breaks ties (later slugs first), so the order and every cursor are total and stable. */
  compare = (a: number, b: number): number => this.compareTo(a, this.publishedMs(b), this.slug(b));

  /** Negative when `row` comes before the position in newest-first order, zero at it. */
  compareTo(row: number, publishedMs: number, slug: string): number {
    const time = this.publishedMs(row);
    if (time !== publishedMs) return publishedMs - time;
    const own = this.slug(row);
    return own === slug ? 0 : own > slug ? -1 : 1;
  }

  private grow(needed: number): void {
    let capacity = this.times.length;
    while (capacity < needed) capacity *= 2;
    const times = new Float64Array(capacity);
    times.set(this.times);
    const sections = new Uint32Array(capacity);
    sections.set(this.sections);
    [this.times, this.sections] = [times, sections];
  }
}
