import { LRUCache } from 'lru-cache';
import type { Article, ArticleSummary } from '../../contract/article';
import type { Publication } from '../../contract/publication';
import { listingOf, type ArticleListing, type ArticleRecord } from './article-record';
import { changeTouches, mergeTouches, type Touches } from './change-touches';
import { systemClock, type Clock } from './clock';
import { authorSlug } from '../../contract/author-slug';
import { tagSlug } from '../../contract/tag-slug';
import { NamedLists } from './named-lists';
import { SharedTags } from './shared-tags';
import { firstAfter, insertSorted, removeSorted, type Sorted } from './sorted-entries';

export type Page = { items: ArticleSummary[]; nextCursor: string | null };

/** Reads the full article behind a listing. */
export type ArticleReader = (listing: ArticleListing) => Promise<Article>;
/** Reads the summary stored for a content file (the index); absent, summaries are all kept in memory. */
export type SummaryReader = (file: string) => ArticleSummary | undefined;

/** Summaries kept ready when they are read from the index: the front page and the hot lists are memory reads. */
const SUMMARY_CACHE = 20_000;
/**
 * Related articles as last worked out, until the next change: an article's answer, its cache keys (before and
 * after it is read) and the trending rail beside it all ask for them.
 */
const RELATED_KEPT = 10_000;

/** `tags` are lower-cased and each listed once, as the related-articles count compares them. */
type Entry = ArticleListing & Sorted;

/** A batch of changes, by slug: the article to show at that slug (due now or later), or its removal. */
export type ContentChange = { set?: (ArticleRecord | ArticleListing)[]; remove?: string[] };

const RELATED_LIMIT = 4;
const MORE_LIMIT = 4;

// Newest first; the slug breaks ties so the order (and so every cursor) is total and stable.
function sortKey(a: Pick<ArticleListing, 'publishedAt' | 'slug'>): string {
  return `${new Date(a.publishedAt).toISOString()}\u0000${a.slug}`;
}

const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

/** Shared by every entry without related articles or a byline: 200,000 empty arrays are 6 MB. Never changed. */
const NONE: string[] = [];

/**
 * What stays in memory of each published article, built field by field (no copy of what the listing read
 * brought). Sections, tags, bylines and related slugs are strings shared by every entry that has them: at
 * 200,000 articles a per-entry copy of each costs more than the entries themselves.
 */
const toEntry = (listing: ArticleListing, names: Map<string, string>): Entry => ({
  slug: listing.slug,
  section: intern(names, listing.section),
  publishedAt: listing.publishedAt,
  tags: [...new Set(listing.tags.map((t) => intern(names, t.toLowerCase())))],
  related: listing.related.length ? listing.related.map((s) => intern(names, s)) : NONE,
  authors: listing.authors?.length ? listing.authors.map((a) => intern(names, a)) : NONE,
  name: listing.name,
  listed: listing.listed,
  sortKey: sortKey(listing),
});

function intern(names: Map<string, string>, name: string): string {
  const known = names.get(name);
  if (known !== undefined) return known;
  names.set(name, name);
  return name;
}

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
  private readonly byTags = new SharedTags<Entry>();
  /** Tag and author pages, by slug; each slug's name as first written in an article. */
  private readonly byTag = new NamedLists<Entry>();
  private readonly byAuthor = new NamedLists<Entry>();
  private readonly labels = { tag: new Map<string, string>(), author: new Map<string, string>() };
  /** Not yet due, by slug. */
  private readonly scheduled = new Map<string, ArticleListing>();
  /** Strings shared by the entries (sections, tags, bylines, related slugs). */
  private readonly names = new Map<string, string>();
  /** Tag and author slugs by name, worked out once per distinct name rather than per article (a Unicode pass). */
  private readonly tagSlug = remembered(tagSlug);
  private readonly authorSlug = remembered(authorSlug);
  private readonly summaries = new LRUCache<string, ArticleSummary>({ max: SUMMARY_CACHE });
  /** Cleared by any change, and when full (a plain map: an LRU allocates its whole size up front). */
  private readonly relatedKept = new Map<string, string[]>();
  /** Every summary, when there is no index to read them from (tests, content given in memory). */
  private readonly held: Map<string, ArticleSummary> | undefined;
  /** Removed while published: their URLs answer 410 until they come back. */
  private readonly gone = new Set<string>();
  private readonly listeners: ((touches: Touches) => void)[] = [];

  constructor(
    publication: Publication,
    records: readonly (ArticleRecord | ArticleListing)[],
    private readonly read: ArticleReader,
    private readonly clock: Clock = systemClock,
    private readonly readSummary?: SummaryReader,
  ) {
    this.publication = publication;
    this.held = readSummary ? undefined : new Map();
    const now = clock.now();
    const due: Entry[] = [];
    for (const record of records) {
      const listing = this.remember(record);
      if (Date.parse(listing.publishedAt) > now) this.scheduled.set(listing.slug, listing);
      else due.push(this.entryOf(listing));
    }
    // One sort at start rather than an insertion per article.
    this.newest = due.sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0));
    for (const entry of this.newest) {
      this.bySlug.set(entry.slug, entry);
      pushTo(this.bySection, entry.section, entry);
      this.byTags.add(entry, Date.parse(entry.publishedAt));
      this.byTag.add(entry, entry.tags.map(this.tagSlug));
      this.byAuthor.add(entry, (entry.authors ?? []).map(this.authorSlug));
    }
  }

  get size(): number {
    return this.newest.length;
  }

  /** Newest first, `count` from position `start`: the sitemaps walk the whole archive in fixed pages. */
  range(start: number, count: number): ArticleSummary[] {
    return this.newest.slice(start, start + count).map((e) => this.summaryOf(e));
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
    if (set.length || remove.length) this.relatedKept.clear();
    const touches: Touches[] = [];
    const now = this.clock.now();
    for (const slug of remove) {
      const before = this.unindex(slug);
      if (this.scheduled.delete(slug) || before) touches.push(changeTouches(before, undefined));
      if (before) this.gone.add(slug);
    }
    for (const record of set) {
      const listing = this.remember(record);
      const slug = listing.slug;
      const before = this.unindex(slug);
      this.scheduled.delete(slug);
      this.gone.delete(slug);
      const due = Date.parse(listing.publishedAt) <= now;
      if (due) this.index(listing);
      else this.scheduled.set(slug, listing);
      touches.push(changeTouches(before, due ? listing : undefined));
    }
    return this.notify(mergeTouches(touches));
  }

  /** Publishes every held-back article whose time has come. */
  publishDue(): Touches {
    const now = this.clock.now();
    const due = [...this.scheduled.values()].filter((r) => Date.parse(r.publishedAt) <= now);
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
    const entry = this.bySlug.get(slug);
    return entry && this.summaryOf(entry);
  }

  /** What an article's answer shows besides itself, for the caches' keys; `undefined` when not published. */
  shown(slug: string): { section: string; tags: string[]; related: string[] } | undefined {
    const entry = this.bySlug.get(slug);
    if (!entry) return undefined;
    return { section: entry.section, tags: entry.tags, related: this.related(slug).map((s) => s.slug) };
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
    return { items: slice.map((e) => this.summaryOf(e)), nextCursor: more && last ? encodeCursor(last.sortKey) : null };
  }

  /** A tag's name as written, when a published article has it. */
  tagName(slug: string): string | undefined {
    return this.byTag.has(slug) ? this.labels.tag.get(slug) : undefined;
  }

  /** An author's name as the byline writes it, when a published article carries it. */
  authorName(slug: string): string | undefined {
    return this.byAuthor.has(slug) ? this.labels.author.get(slug) : undefined;
  }

  /** A tag's or an author's articles, newest first; `undefined` for a cursor this server did not issue. */
  listBy(kind: 'tag' | 'author', slug: string, { limit, cursor }: { limit: number; cursor?: string }): Page | undefined {
    const key = cursor === undefined ? undefined : decodeCursor(cursor);
    if (key !== undefined && !key.includes('\u0000')) return undefined;
    const { entries, more } = (kind === 'tag' ? this.byTag : this.byAuthor).page(slug, limit, key);
    const last = entries.at(-1);
    return { items: entries.map((e) => this.summaryOf(e)), nextCursor: more && last ? encodeCursor(last.sortKey) : null };
  }

  newestSummaries(limit: number, exclude: ReadonlySet<string> = new Set()): ArticleSummary[] {
    const out: ArticleSummary[] = [];
    for (const entry of this.newest) {
      if (out.length >= limit) break;
      if (!exclude.has(entry.slug)) out.push(this.summaryOf(entry));
    }
    return out;
  }

  /** Explicit `related` first, then most shared tags, then same section; newest first within each. */
  related(slug: string, limit = RELATED_LIMIT): ArticleSummary[] {
    if (limit !== RELATED_LIMIT || !this.bySlug.has(slug)) return this.pickRelated(slug, limit);
    let slugs = this.relatedKept.get(slug);
    if (!slugs) {
      slugs = this.pickRelated(slug, limit).map((s) => s.slug);
      if (this.relatedKept.size >= RELATED_KEPT) this.relatedKept.clear();
      this.relatedKept.set(slug, slugs);
    }
    return slugs.flatMap((s) => this.summary(s) ?? []);
  }

  private pickRelated(slug: string, limit: number): ArticleSummary[] {
    const article = this.bySlug.get(slug);
    if (!article) return [];
    const picked = new Map<string, ArticleSummary>();
    for (const other of article.related) {
      const summary = this.summary(other);
      if (summary && other !== slug) picked.set(other, summary);
    }
    if (picked.size < limit) {
      const named = [...picked.keys()].flatMap((s) => this.bySlug.get(s) ?? []);
      for (const entry of this.byTags.mostShared(article, limit, named)) this.addIfRoom(picked, entry, slug, limit);
    }
    for (const entry of this.bySection.get(article.section) ?? []) {
      if (picked.size >= limit) break;
      this.addIfRoom(picked, entry, slug, limit);
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
    const section = this.bySection.get(entry.section) ?? [];
    const after = section[firstAfter(section, entry.sortKey)] ?? section[0];
    const next = (after && after !== entry ? this.summaryOf(after) : this.newestSummaries(1, new Set([slug]))[0]) ?? null;
    const skip = new Set([slug, ...this.related(slug).map((s) => s.slug), ...(next ? [next.slug] : [])]);
    const more: ArticleSummary[] = [];
    for (const other of section) {
      if (more.length >= limit) break;
      if (!skip.has(other.slug)) more.push(this.summaryOf(other));
    }
    return { next, more };
  }

  /** The listing of a record or listing; a record's summary is kept ready (it was just read). */
  private remember(record: ArticleRecord | ArticleListing): ArticleListing {
    const listing = listingOf(record);
    if ('summary' in record) {
      this.summaries.set(listing.slug, record.summary);
      this.held?.set(listing.slug, record.summary);
    } else this.summaries.delete(listing.slug); // a listing read again from the index: so is its summary
    return listing;
  }

  private summaryOf(entry: Entry): ArticleSummary {
    const kept = this.summaries.get(entry.slug) ?? this.held?.get(entry.slug);
    if (kept) return kept;
    const summary = this.readSummary?.(entry.name);
    if (!summary) throw new Error(`No summary stored for ${entry.name}`);
    this.summaries.set(entry.slug, summary);
    return summary;
  }

  private addIfRoom(picked: Map<string, ArticleSummary>, entry: Entry, self: string, limit: number): void {
    if (picked.size < limit && entry.slug !== self && !picked.has(entry.slug))
      picked.set(entry.slug, this.summaryOf(entry));
  }

  /** The entry of a published listing, noting how its tags and bylines are written for their pages. */
  private entryOf(listing: ArticleListing): Entry {
    for (const tag of listing.tags)
      if (!this.labels.tag.has(this.tagSlug(tag))) this.labels.tag.set(this.tagSlug(tag), tag);
    for (const name of listing.authors ?? [])
      if (!this.labels.author.has(this.authorSlug(name))) this.labels.author.set(this.authorSlug(name), name);
    return toEntry(listing, this.names);
  }

  private index(listing: ArticleListing): void {
    const entry = this.entryOf(listing);
    this.bySlug.set(listing.slug, entry);
    insertSorted(this.newest, entry);
    const section = this.bySection.get(entry.section) ?? [];
    insertSorted(section, entry);
    this.bySection.set(entry.section, section);
    this.byTags.add(entry, Date.parse(entry.publishedAt));
    this.byTag.add(entry, entry.tags.map(this.tagSlug));
    this.byAuthor.add(entry, (entry.authors ?? []).map(this.authorSlug));
  }

  /** Takes the published article at `slug` out of every index; returns it as it was. */
  private unindex(slug: string): Entry | undefined {
    const entry = this.bySlug.get(slug);
    if (!entry) return undefined;
    this.bySlug.delete(slug);
    removeSorted(this.newest, entry);
    removeSorted(this.bySection.get(entry.section) ?? [], entry);
    this.byTags.remove(entry);
    this.byTag.remove(entry, entry.tags.map(this.tagSlug));
    this.byAuthor.remove(entry, (entry.authors ?? []).map(this.authorSlug));
    return entry;
  }

  private notify(touches: Touches): Touches {
    if (touches.keys.length) for (const listener of this.listeners) listener(touches);
    return touches;
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function remembered(slugOf: (name: string) => string): (name: string) => string {
  const known = new Map<string, string>();
  return (name) => {
    let slug = known.get(name);
    if (slug === undefined) known.set(name, (slug = slugOf(name)));
    return slug;
  };
}
