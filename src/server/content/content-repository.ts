import { toSummary, type Article, type ArticleSummary } from '../../contract/article';
import type { Publication } from '../../contract/publication';
import { changeTouches, mergeTouches, type Touches } from './change-touches';
import { systemClock, type Clock } from './clock';
import { firstAfter, insertSorted, removeSorted, type Sorted } from './sorted-entries';

export type Page = { items: ArticleSummary[]; nextCursor: string | null };

/** What stays in memory per article: enough to list it and relate it, not its body. */
export type ArticleRecord = {
  summary: ArticleSummary;
  tags: string[];
  related: string[];
  /** The content file the article came from. */
  file: string;
};

/** Reads the full article behind a record. */
export type ArticleReader = (record: ArticleRecord) => Promise<Article>;

export function toRecord(article: Article, file: string): ArticleRecord {
  return { summary: toSummary(article), tags: article.tags, related: article.related ?? [], file };
}

/**
 * `rank` is the position newest first (renumbered lazily after a change). `tags` are lower-cased and each
 * listed once, as the tag index and the related-articles count both compare them.
 */
type Entry = ArticleRecord & Sorted & { rank: number };

/** A batch of changes, by slug: the article to show at that slug (due now or later), or its removal. */
export type ContentChange = { set?: ArticleRecord[]; remove?: string[] };

const RELATED_LIMIT = 4;
const MORE_LIMIT = 4;

// Newest first; the slug breaks ties so the order (and so every cursor) is total and stable.
function sortKey(a: ArticleSummary): string {
  return `${new Date(a.publishedAt).toISOString()}\u0000${a.slug}`;
}

const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

const toEntry = (record: ArticleRecord): Entry => ({
  ...record,
  sortKey: sortKey(record.summary),
  rank: 0,
  tags: [...new Set(record.tags.map((t) => t.toLowerCase()))],
});

/**
 * Summaries in memory, indexed so every list is a lookup or a binary search, and kept up to date change by
 * change (a cursor is a sort key, so pages stay stable while articles are added). An article whose
 * `publishedAt` is still to come is held back, absent from every answer, until `publishDue` finds it due.
 * Bodies are not kept: `read` fetches them when asked for.
 */
export class ContentRepository {
  readonly publication: Publication;
  private readonly bySlug = new Map<string, Entry>();
  private newest: Entry[] = [];
  private readonly bySection = new Map<string, Entry[]>();
  private readonly byTag = new Map<string, Entry[]>();
  /** Not yet due, by slug. */
  private readonly scheduled = new Map<string, ArticleRecord>();
  /** Removed while published: their URLs answer 410 until they come back. */
  private readonly gone = new Set<string>();
  private readonly listeners: ((touches: Touches) => void)[] = [];
  private ranked = false;
  private sharedCounts = new Uint8Array(0);

  constructor(
    publication: Publication,
    records: ArticleRecord[],
    private readonly read: ArticleReader,
    private readonly clock: Clock = systemClock,
  ) {
    this.publication = publication;
    const now = clock.now();
    const due: Entry[] = [];
    for (const record of records) {
      if (Date.parse(record.summary.publishedAt) > now) this.scheduled.set(record.summary.slug, record);
      else due.push(toEntry(record));
    }
    // One sort at start rather than an insertion per article.
    this.newest = due.sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0));
    for (const entry of this.newest) {
      this.bySlug.set(entry.summary.slug, entry);
      pushTo(this.bySection, entry.summary.section, entry);
      for (const tag of entry.tags) pushTo(this.byTag, tag, entry);
    }
  }

  get size(): number {
    return this.newest.length;
  }

  /** Newest first, `count` from position `start`: the sitemaps walk the whole archive in fixed pages. */
  range(start: number, count: number): ArticleSummary[] {
    return this.newest.slice(start, start + count).map((e) => e.summary);
  }

  hasSection(id: string): boolean {
    return this.publication.sections.some((s) => s.id === id);
  }

  /** Told of every change once it is in place, with what it touches: caches purge by it. */
  onChange(listener: (touches: Touches) => void): void {
    this.listeners.push(listener);
  }

  /** Applies a batch at once (a `git pull` is one batch): one notification for all of it. */
  apply({ set = [], remove = [] }: ContentChange): Touches {
    const touches: Touches[] = [];
    const now = this.clock.now();
    for (const slug of remove) {
      const before = this.unindex(slug);
      if (this.scheduled.delete(slug) || before) touches.push(changeTouches(before, undefined));
      if (before) this.gone.add(slug);
    }
    for (const record of set) {
      const slug = record.summary.slug;
      const before = this.unindex(slug);
      this.scheduled.delete(slug);
      this.gone.delete(slug);
      const due = Date.parse(record.summary.publishedAt) <= now;
      if (due) this.index(record);
      else this.scheduled.set(slug, record);
      touches.push(changeTouches(before, due ? record : undefined));
    }
    return this.notify(mergeTouches(touches));
  }

  /** Publishes every held-back article whose time has come. */
  publishDue(): Touches {
    const now = this.clock.now();
    const due = [...this.scheduled.values()].filter((r) => Date.parse(r.summary.publishedAt) <= now);
    return due.length ? this.apply({ set: due }) : { keys: [], paths: [] };
  }

  /** True for an article removed while it was published (and not back since): its URL answers 410. */
  isGone(slug: string): boolean {
    return this.gone.has(slug);
  }

  /** The full article: the caller caches it if it will be asked for again. */
  async article(slug: string): Promise<Article | undefined> {
    const entry = this.bySlug.get(slug);
    return entry ? this.read(entry) : undefined;
  }

  summary(slug: string): ArticleSummary | undefined {
    return this.bySlug.get(slug)?.summary;
  }

  /** What an article's answer shows besides itself, for the caches' keys; `undefined` when not published. */
  shown(slug: string): { section: string; tags: string[]; related: string[] } | undefined {
    const entry = this.bySlug.get(slug);
    if (!entry) return undefined;
    return { section: entry.summary.section, tags: entry.tags, related: this.related(slug).map((s) => s.slug) };
  }

  /** Newest first, optionally within a section; `undefined` for a cursor this server did not issue. */
  list({ section, limit, cursor }: { section?: string; limit: number; cursor?: string }): Page | undefined {
    const entries = section ? (this.bySection.get(section) ?? []) : this.newest;
    let start = 0;
    if (cursor !== undefined) {
      const key = decodeCursor(cursor);
      if (!key.includes('\u0000')) return undefined;
      start = firstAfter(entries, key);
    }
    const slice = entries.slice(start, start + limit);
    const last = slice.at(-1);
    const more = start + limit < entries.length;
    return { items: slice.map((e) => e.summary), nextCursor: more && last ? encodeCursor(last.sortKey) : null };
  }

  newestSummaries(limit: number, exclude: ReadonlySet<string> = new Set()): ArticleSummary[] {
    const out: ArticleSummary[] = [];
    for (const entry of this.newest) {
      if (out.length >= limit) break;
      if (!exclude.has(entry.summary.slug)) out.push(entry.summary);
    }
    return out;
  }

  /** Explicit `related` first, then most shared tags, then same section; newest first within each. */
  related(slug: string, limit = RELATED_LIMIT): ArticleSummary[] {
    const article = this.bySlug.get(slug);
    if (!article) return [];
    const picked = new Map<string, ArticleSummary>();
    for (const other of article.related) {
      const summary = this.summary(other);
      if (summary && other !== slug) picked.set(other, summary);
    }
    if (picked.size < limit) {
      for (const entry of this.mostSharedTags(article, limit, picked)) addIfRoom(picked, entry, slug, limit);
    }
    for (const entry of this.bySection.get(article.summary.section) ?? []) {
      if (picked.size >= limit) break;
      addIfRoom(picked, entry, slug, limit);
    }
    return [...picked.values()].slice(0, limit);
  }

  /**
   * Where a reader goes at the end of an article: the next older article in its section (the newest one when
   * this is the oldest), and up to `limit` more of the section's newest, none of them the article, its related
   * articles or that next one.
   */
  continuation(slug: string, limit = MORE_LIMIT): { next: ArticleSummary | null; more: ArticleSummary[] } {
    const entry = this.bySlug.get(slug);
    if (!entry) return { next: null, more: [] };
    const section = this.bySection.get(entry.summary.section) ?? [];
    const after = section[firstAfter(section, entry.sortKey)] ?? section[0];
    const next = (after && after !== entry ? after.summary : this.newestSummaries(1, new Set([slug]))[0]) ?? null;
    const skip = new Set([slug, ...this.related(slug).map((s) => s.slug), ...(next ? [next.slug] : [])]);
    const more: ArticleSummary[] = [];
    for (const other of section) {
      if (more.length >= limit) break;
      if (!skip.has(other.summary.slug)) more.push(other.summary);
    }
    return { next, more };
  }

  private index(record: ArticleRecord): void {
    const entry = toEntry(record);
    this.bySlug.set(record.summary.slug, entry);
    insertSorted(this.newest, entry);
    const section = this.bySection.get(entry.summary.section) ?? [];
    insertSorted(section, entry);
    this.bySection.set(entry.summary.section, section);
    for (const tag of entry.tags) pushTo(this.byTag, tag, entry);
    this.ranked = false;
  }

  /** Takes the published article at `slug` out of every index; returns it as it was. */
  private unindex(slug: string): Entry | undefined {
    const entry = this.bySlug.get(slug);
    if (!entry) return undefined;
    this.bySlug.delete(slug);
    removeSorted(this.newest, entry);
    removeSorted(this.bySection.get(entry.summary.section) ?? [], entry);
    for (const tag of entry.tags) {
      const list = this.byTag.get(tag) ?? [];
      const at = list.indexOf(entry);
      if (at >= 0) list.splice(at, 1);
    }
    this.ranked = false;
    return entry;
  }

  private notify(touches: Touches): Touches {
    if (touches.keys.length) for (const listener of this.listeners) listener(touches);
    return touches;
  }

  /** Ranks are positions in `newest`: renumbered once after any number of changes, when next needed. */
  private rank(): void {
    if (this.ranked) return;
    this.newest.forEach((entry, rank) => (entry.rank = rank));
    if (this.sharedCounts.length < this.newest.length) this.sharedCounts = new Uint8Array(this.newest.length);
    this.ranked = true;
  }

  /**
   * The `limit` newest articles among those sharing the most tags with `article`. Counting by rank in one reused
   * array, then reading it in rank order, keeps this to a few tight loops at 50,000 articles (a map of candidates
   * and a sort took ~13 ms per article there).
   */
  private mostSharedTags(article: Entry, limit: number, picked: ReadonlyMap<string, unknown>): Entry[] {
    this.rank();
    const counts = this.sharedCounts;
    let last = -1;
    for (const tag of article.tags) {
      for (const { rank } of this.byTag.get(tag) ?? []) {
        counts[rank] = (counts[rank] ?? 0) + 1;
        if (rank > last) last = rank;
      }
    }
    const byCount: Entry[][] = article.tags.map(() => []); // byCount[n - 1]: the newest entries sharing n tags
    for (let rank = 0; rank <= last; rank++) {
      const count = counts[rank] ?? 0;
      if (count === 0) continue;
      counts[rank] = 0; // leave the array clean for the next call
      const entry = this.newest[rank] as Entry;
      const bucket = byCount[count - 1] as Entry[];
      if (bucket.length < limit && entry !== article && !picked.has(entry.summary.slug)) bucket.push(entry);
    }
    return byCount.reverse().flat().slice(0, limit);
  }
}

function addIfRoom(picked: Map<string, ArticleSummary>, entry: Entry, self: string, limit: number): void {
  if (picked.size < limit && entry.summary.slug !== self && !picked.has(entry.summary.slug))
    picked.set(entry.summary.slug, entry.summary);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
