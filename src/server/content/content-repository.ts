import { toSummary, type Article, type ArticleSummary } from '../../contract/article';
import type { Publication } from '../../contract/publication';

export type Page = { items: ArticleSummary[]; nextCursor: string | null };

/** What stays in memory per article: enough to list it and relate it, not its body. */
export type ArticleRecord = {
  summary: ArticleSummary;
  tags: string[];
  related: string[];
  /** The content file the full article is read from when it is asked for. */
  file: string;
};

/** Reads the full article behind a record (from its file, in production). */
export type ArticleReader = (record: ArticleRecord) => Promise<Article>;

export function toRecord(article: Article, file: string): ArticleRecord {
  return { summary: toSummary(article), tags: article.tags, related: article.related ?? [], file };
}

/**
 * `rank` is the position newest first: every per-tag and per-section list is in ascending rank. `tags` are
 * lower-cased and each listed once, as the tag index and the related-articles count both compare them.
 */
type Entry = ArticleRecord & { sortKey: string; rank: number };

const RELATED_LIMIT = 4;

// Newest first; the slug breaks ties so the order (and so every cursor) is total and stable.
function sortKey(a: ArticleSummary): string {
  return `${new Date(a.publishedAt).toISOString()}\u0000${a.slug}`;
}

const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

/**
 * Summaries in memory, indexed once at start, so every list is a lookup or a binary search. Bodies stay in their
 * files until asked for: at 50,000 articles they are most of the content's size (callers cache what they serve).
 */
export class ContentRepository {
  readonly publication: Publication;
  private readonly bySlug = new Map<string, Entry>();
  private readonly newest: Entry[];
  private readonly bySection = new Map<string, Entry[]>();
  /** Ranks (not entries) per lower-cased tag, ascending: compact, and what counting shared tags needs. */
  private readonly byTag = new Map<string, number[]>();
  private sharedCounts?: Uint8Array;

  constructor(
    publication: Publication,
    records: ArticleRecord[],
    private readonly read: ArticleReader,
  ) {
    this.publication = publication;
    const entries = records.map((record) => ({
      ...record,
      sortKey: sortKey(record.summary),
      rank: 0,
      tags: [...new Set(record.tags.map((t) => t.toLowerCase()))],
    }));
    this.newest = entries.sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0));
    this.newest.forEach((entry, rank) => {
      entry.rank = rank;
      this.bySlug.set(entry.summary.slug, entry);
      pushTo(this.bySection, entry.summary.section, entry);
      for (const tag of entry.tags) pushTo(this.byTag, tag, rank);
    });
  }

  get size(): number {
    return this.newest.length;
  }

  hasSection(id: string): boolean {
    return this.publication.sections.some((s) => s.id === id);
  }

  /** The full article, read from its file: the caller caches it if it will be asked for again. */
  async article(slug: string): Promise<Article | undefined> {
    const entry = this.bySlug.get(slug);
    return entry ? this.read(entry) : undefined;
  }

  summary(slug: string): ArticleSummary | undefined {
    return this.bySlug.get(slug)?.summary;
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
   * The `limit` newest articles among those sharing the most tags with `article`. Counting by rank in one reused
   * array, then reading it in rank order, keeps this to a few tight loops at 50,000 articles (a map of candidates
   * and a sort took ~13 ms per article there).
   */
  private mostSharedTags(article: Entry, limit: number, picked: ReadonlyMap<string, unknown>): Entry[] {
    const counts = (this.sharedCounts ??= new Uint8Array(this.newest.length));
    let last = -1;
    for (const tag of article.tags) {
      for (const rank of this.byTag.get(tag) ?? []) {
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

/** Index of the first entry that sorts after `key` (entries are in descending key order). */
function firstAfter(entries: Entry[], key: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as Entry).sortKey >= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
