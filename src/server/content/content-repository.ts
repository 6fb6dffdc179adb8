import { toSummary, type Article, type ArticleSummary } from '../../contract/article';
import type { Publication } from '../../contract/publication';

export type Page = { items: ArticleSummary[]; nextCursor: string | null };

type Entry = { article: Article; summary: ArticleSummary; sortKey: string };

const RELATED_LIMIT = 4;

// Newest first; the slug breaks ties so the order (and so every cursor) is total and stable.
function sortKey(a: Article): string {
  return `${new Date(a.publishedAt).toISOString()}\u0000${a.slug}`;
}

const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

/** Articles in memory, indexed once at start; every read is a lookup or a binary search. */
export class ContentRepository {
  readonly publication: Publication;
  private readonly bySlug = new Map<string, Entry>();
  private readonly newest: Entry[];
  private readonly bySection = new Map<string, Entry[]>();
  private readonly byTag = new Map<string, Entry[]>();

  constructor(publication: Publication, articles: Article[]) {
    this.publication = publication;
    const entries = articles.map((article) => ({ article, summary: toSummary(article), sortKey: sortKey(article) }));
    this.newest = entries.sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0));
    for (const entry of this.newest) {
      this.bySlug.set(entry.article.slug, entry);
      pushTo(this.bySection, entry.article.section, entry);
      for (const tag of entry.article.tags) pushTo(this.byTag, tag.toLowerCase(), entry);
    }
  }

  get size(): number {
    return this.newest.length;
  }

  hasSection(id: string): boolean {
    return this.publication.sections.some((s) => s.id === id);
  }

  get(slug: string): Article | undefined {
    return this.bySlug.get(slug)?.article;
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
      if (!exclude.has(entry.article.slug)) out.push(entry.summary);
    }
    return out;
  }

  /** Explicit `related` first, then most shared tags, then same section; newest first within each. */
  related(article: Article, limit = RELATED_LIMIT): ArticleSummary[] {
    const picked = new Map<string, ArticleSummary>();
    for (const slug of article.related ?? []) {
      const summary = this.summary(slug);
      if (summary && slug !== article.slug) picked.set(slug, summary);
    }
    if (picked.size < limit) {
      const shared = new Map<string, { entry: Entry; score: number }>();
      for (const tag of article.tags) {
        for (const entry of this.byTag.get(tag.toLowerCase()) ?? []) {
          const current = shared.get(entry.article.slug);
          shared.set(entry.article.slug, { entry, score: (current?.score ?? 0) + 1 });
        }
      }
      const ranked = [...shared.values()].sort((a, b) => b.score - a.score || (a.entry.sortKey < b.entry.sortKey ? 1 : -1));
      for (const { entry } of ranked) addIfRoom(picked, entry, article.slug, limit);
    }
    for (const entry of this.bySection.get(article.section) ?? []) {
      if (picked.size >= limit) break;
      addIfRoom(picked, entry, article.slug, limit);
    }
    return [...picked.values()].slice(0, limit);
  }
}

function addIfRoom(picked: Map<string, ArticleSummary>, entry: Entry, self: string, limit: number): void {
  if (picked.size < limit && entry.article.slug !== self && !picked.has(entry.article.slug))
    picked.set(entry.article.slug, entry.summary);
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
