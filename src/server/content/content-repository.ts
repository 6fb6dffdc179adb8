import { LRUCache } from 'lru-cache';
import type { Article, ArticleSummary } from '../../contract/article';
import type { Publication } from '../../contract/publication';
import { listingOf, type ArticleListing, type ArticleRecord } from './article-record';
import { ArticleTable, type Position } from './article-table';
import { changeTouches, mergeTouches, type Touches } from './change-touches';
import { systemClock, type Clock } from './clock';
import { authorSlug } from '../../contract/author-slug';
import { tagSlug } from '../../contract/tag-slug';
import { NamedLists } from './named-lists';
import { SharedTags } from './shared-tags';
import { firstAfter, insertSorted, removeSorted } from './sorted-entries';

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

/** A batch of changes, by slug: the article to show at that slug (due now or later), or its removal. */
export type ContentChange = { set?: (ArticleRecord | ArticleListing)[]; remove?: string[] };

const RELATED_LIMIT = 4;
const MORE_LIMIT = 4;

/** A cursor is the position of the last item shown: its time and slug, so a page stays put as articles come. */
const encodeCursor = ({ publishedMs, slug }: Position) =>
  Buffer.from(`${new Date(publishedMs).toISOString()}\u0000${slug}`, 'utf8').toString('base64url');
function decodeCursor(cursor: string): Position | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const at = text.indexOf('\u0000');
  const publishedMs = Date.parse(text.slice(0, at));
  return at < 0 || Number.isNaN(publishedMs) ? undefined : { publishedMs, slug: text.slice(at + 1) };
}

/**
 * Summaries in memory, indexed so every list is a lookup or a binary search, and kept up to date change by
 * change (a cursor is a position in the order, so pages stay stable while articles are added). An article whose
 * `publishedAt` is still to come is held back, absent from every answer, until `publishDue` finds it due.
 * Bodies are not kept: `read` fetches them when asked for. What each published article keeps is a row of the
 * article table; every list is a list of rows.
 */
export class ContentRepository {
  readonly publication: Publication;
  private readonly table = new ArticleTable();
  private readonly bySlug = new Map<string, number>();
  private newest: number[] = [];
  private readonly bySection = new Map<string, number[]>();
  private readonly byTags = new SharedTags(this.table);
  /** Tag and author pages, by slug; each slug's name as first written in an article. */
  private readonly byTag = new NamedLists(this.table);
  private readonly byAuthor = new NamedLists(this.table);
  private readonly labels = { tag: new Map<string, string>(), author: new Map<string, string>() };
  /** Not yet due, by slug. */
  private readonly scheduled = new Map<string, ArticleListing>();
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
    const due: number[] = [];
    for (const record of records) {
      const listing = this.remember(record);
      if (Date.parse(listing.publishedAt) > now) this.scheduled.set(listing.slug, listing);
      else due.push(this.add(listing));
    }
    // One sort at start rather than an insertion per article; every list is then appended to in order.
    this.newest = due.sort(this.table.compare);
    for (const row of this.newest) {
      this.bySlug.set(this.table.slug(row), row);
      pushTo(this.bySection, this.table.section(row), row);
      this.byTags.add(row);
      this.byTag.append(row, this.table.tags(row).map(this.tagSlug));
      this.byAuthor.append(row, this.table.authors(row).map(this.authorSlug));
    }
  }

  get size(): number {
    return this.newest.length;
  }

  /** Newest first, `count` from position `start`: the sitemaps walk the whole archive in fixed pages. */
  range(start: number, count: number): ArticleSummary[] {
    return this.newest.slice(start, start + count).map((row) => this.summaryOf(row));
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
    const row = this.bySlug.get(slug);
    return row === undefined ? undefined : this.read(this.table.listing(row));
  }

  summary(slug: string): ArticleSummary | undefined {
    const row = this.bySlug.get(slug);
    return row === undefined ? undefined : this.summaryOf(row);
  }

  /** What an article's answer shows besides itself, for the caches' keys; `undefined` when not published. */
  shown(slug: string): { section: string; tags: string[]; related: string[] } | undefined {
    const row = this.bySlug.get(slug);
    if (row === undefined) return undefined;
    const tags = this.table.foldedTags(row);
    return { section: this.table.section(row), tags, related: this.related(slug).map((s) => s.slug) };
  }

  /** Newest first, optionally within a section; `undefined` for a cursor this server did not issue. */
  list({ section, limit, cursor }: { section?: string; limit: number; cursor?: string }): Page | undefined {
    const rows = section ? (this.bySection.get(section) ?? []) : this.newest;
    let start = 0;
    if (cursor !== undefined) {
      const after = decodeCursor(cursor);
      if (!after) return undefined;
      start = firstAfter(this.table, rows, after);
    }
    return this.pageOf(rows.slice(start, start + limit), start + limit < rows.length);
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
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    if (cursor !== undefined && !after) return undefined;
    const { rows, more } = (kind === 'tag' ? this.byTag : this.byAuthor).page(slug, limit, after);
    return this.pageOf(rows, more);
  }

  newestSummaries(limit: number, exclude: ReadonlySet<string> = new Set()): ArticleSummary[] {
    const out: ArticleSummary[] = [];
    for (const row of this.newest) {
      if (out.length >= limit) break;
      if (!exclude.has(this.table.slug(row))) out.push(this.summaryOf(row));
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
    const row = this.bySlug.get(slug);
    if (row === undefined) return [];
    const picked = new Map<string, ArticleSummary>();
    for (const other of this.table.related(row)) {
      const summary = this.summary(other);
      if (summary && other !== slug) picked.set(other, summary);
    }
    if (picked.size < limit) {
      const named = [...picked.keys()].flatMap((s) => this.bySlug.get(s) ?? []);
      for (const other of this.byTags.mostShared(row, limit, named)) this.addIfRoom(picked, other, slug, limit);
    }
    for (const other of this.bySection.get(this.table.section(row)) ?? []) {
      if (picked.size >= limit) break;
      this.addIfRoom(picked, other, slug, limit);
    }
    return [...picked.values()].slice(0, limit);
  }

  /**
   * Where a reader goes at the end of an article: the next older article in its section (the newest one when
   * this is the oldest), and up to `limit` more of the section's newest, none of them the article, its related
   * articles or that next one.
   */
  continuation(slug: string, limit = MORE_LIMIT): { next: ArticleSummary | null; more: ArticleSummary[] } {
    const row = this.bySlug.get(slug);
    if (row === undefined) return { next: null, more: [] };
    const section = this.bySection.get(this.table.section(row)) ?? [];
    const after = section[firstAfter(this.table, section, this.table.position(row))] ?? section[0];
    const next =
      (after !== undefined && after !== row
        ? this.summaryOf(after)
        : this.newestSummaries(1, new Set([slug]))[0]) ?? null;
    const skip = new Set([slug, ...this.related(slug).map((s) => s.slug), ...(next ? [next.slug] : [])]);
    const more: ArticleSummary[] = [];
    for (const other of section) {
      if (more.length >= limit) break;
      if (!skip.has(this.table.slug(other))) more.push(this.summaryOf(other));
    }
    return { next, more };
  }

  private pageOf(rows: number[], more: boolean): Page {
    const last = rows.at(-1);
    return {
      items: rows.map((row) => this.summaryOf(row)),
      nextCursor: more && last !== undefined ? encodeCursor(this.table.position(last)) : null,
    };
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

  private summaryOf(row: number): ArticleSummary {
    const slug = this.table.slug(row);
    const kept = this.summaries.get(slug) ?? this.held?.get(slug);
    if (kept) return kept;
    const file = this.table.file(row);
    const summary = this.readSummary?.(file);
    if (!summary) throw new Error(`No summary stored for ${file}`);
    this.summaries.set(slug, summary);
    return summary;
  }

  private addIfRoom(picked: Map<string, ArticleSummary>, row: number, self: string, limit: number): void {
    const slug = this.table.slug(row);
    if (picked.size < limit && slug !== self && !picked.has(slug)) picked.set(slug, this.summaryOf(row));
  }

  /** A row for a published listing, noting how its tags and bylines are written for their pages. */
  private add(listing: ArticleListing): number {
    for (const tag of listing.tags)
      if (!this.labels.tag.has(this.tagSlug(tag))) this.labels.tag.set(this.tagSlug(tag), tag);
    for (const name of listing.authors ?? [])
      if (!this.labels.author.has(this.authorSlug(name))) this.labels.author.set(this.authorSlug(name), name);
    return this.table.add(listing);
  }

  private index(listing: ArticleListing): void {
    const row = this.add(listing);
    const sectionId = this.table.section(row);
    this.bySlug.set(listing.slug, row);
    insertSorted(this.table, this.newest, row);
    const section = this.bySection.get(sectionId) ?? [];
    insertSorted(this.table, section, row);
    this.bySection.set(sectionId, section);
    this.byTags.add(row);
    this.byTag.add(row, this.table.tags(row).map(this.tagSlug));
    this.byAuthor.add(row, this.table.authors(row).map(this.authorSlug));
  }

  /** Takes the published article at `slug` out of every index; returns its listing as it was. */
  private unindex(slug: string): ArticleListing | undefined {
    const row = this.bySlug.get(slug);
    if (row === undefined) return undefined;
    const listing = this.table.listing(row);
    this.bySlug.delete(slug);
    removeSorted(this.table, this.newest, row);
    removeSorted(this.table, this.bySection.get(listing.section) ?? [], row);
    this.byTags.remove(row);
    this.byTag.remove(row, listing.tags.map(this.tagSlug));
    this.byAuthor.remove(row, (listing.authors ?? []).map(this.authorSlug));
    this.table.remove(row);
    return listing;
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
