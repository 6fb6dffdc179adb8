import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Article, ArticleSummary } from '../../contract/article';
import type { ContentIndex } from '../store/content-index';
import { toListing, toRecord, type ArticleListing, type ArticleRecord } from './article-record';
import type { ContentChange } from './content-repository';
import { parseArticleFile, type ContentProblem } from './parse-article-file';
import { readContentFile } from './read-content-file';
import { searchDocument } from './search/search-document';

/** What one pass over some files found: the change to show, and what to log. */
export type FilesUpdate = { change: Required<ContentChange>; problems: ContentProblem[]; notices: ContentProblem[] };

/** A listing as stored: its file's name is the row's key. */
type StoredListing = Omit<ArticleListing, 'name'>;

const READ_BATCH = 128;
/**
 * Files read, parsed and written per transaction. A first build of 200,000 files holds one chunk's texts at a
 * time (not 1.3 GB of them) and commits as it goes; a change of a few files is one chunk, so one transaction.
 */
const WRITE_CHUNK = 2_048;
/**
 * Up to this many versions waiting for search are indexed before `scan` returns, each change's as it is written;
 * more (a first build of a large archive) are queued for `indexSearch`, run in the background, so the server is
 * ready without waiting for full-text indexing, which is most of a first build.
 */
const SEARCH_AT_ONCE = 2_048;

/** Article files are `articles/*.json` and `articles/*.md`; editors' swap and temp files (dot files, `~`, `.tmp`) are not. */
export const isArticleFileName = (name: string) => /\.(json|md)$/.test(name) && !name.startsWith('.');

/** Runs `work` over `items` a batch at a time, each batch in parallel, results in input order. */
async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < items.length; start += READ_BATCH)
    out.push(...(await Promise.all(items.slice(start, start + READ_BATCH).map(work))));
  return out;
}

/**
 * The article files of one content folder, checked against the index in DATA_DIR. It decides what readers see
 * of each file: its last good version (a file that turns invalid keeps it, and says why), nothing for a file
 * that was never valid, and for a slug claimed by two files, the first by name. `scan` reads the whole folder
 * (parsing only files whose size or mtime changed); `update` re-reads the named files as they change.
 */
export class ContentFiles {
  /** Every file seen, valid or not, with the slug its last good version claims. */
  private readonly seen = new Map<string, string | undefined>();
  /**
   * Names whose last good version has this slug, in name order: the first is shown. One name alone is kept as a
   * string (nearly every slug, 200,000 arrays fewer in memory), two or more as a list.
   */
  private readonly claims = new Map<string, string | string[]>();
  /** True while more versions wait for search than are indexed at once: `indexSearch` works them off. */
  private backlogged = false;

  constructor(
    private readonly articlesDir: string,
    private readonly index: ContentIndex,
    private readonly sectionIds: ReadonlySet<string>,
    private readonly searchAtOnce = SEARCH_AT_ONCE,
  ) {}

  /** Every file seen, valid or not. */
  names(): string[] {
    return [...this.seen.keys()];
  }

  /** The last good version's summary, as stored when it was read (by file name or path). */
  summary(file: string): ArticleSummary | undefined {
    const text = this.index.summary(path.basename(file));
    return text === undefined ? undefined : (JSON.parse(text) as ArticleSummary);
  }

  /** The last good version of a file, as stored when it was read (by file name or path). */
  article(file: string): Article | undefined {
    const text = this.index.body(path.basename(file));
    return text === undefined ? undefined : (JSON.parse(text) as Article);
  }

  /** Start-up: every file, those unchanged since the index saw them read from it. */
  async scan(): Promise<{
    records: (ArticleRecord | ArticleListing)[];
    problems: ContentProblem[];
    notices: ContentProblem[];
  }> {
    const names = (await readdir(this.articlesDir)).filter(isArticleFileName).sort();
    // Synchronous stats at start-up (nothing is served yet): about 3 µs a file against 15 µs through promises
    // and the thread pool, which at 200,000 files is the difference between 0.6 and 3 s.
    const onDisk = new Map<string, { size: number; mtimeMs: number } | undefined>();
    const prefix = `${this.articlesDir}${path.sep}`;
    for (const name of names) onDisk.set(name, statSync(prefix + name, { throwIfNoEntry: false }));
    const stale: string[] = [];
    const gone: string[] = [];
    const problems: ContentProblem[] = [];
    const kept = new Map<string, ArticleRecord | ArticleListing>();
    for (const row of this.index.all()) {
      const current = onDisk.get(row.name);
      if (!onDisk.has(row.name)) {
        gone.push(row.name);
        continue;
      }
      // Its last good version stands until the file is read again (and stays if that version is bad).
      this.remember(row.name, row.listing ? this.listing(row.name, row.listing) : undefined, kept);
      if (!current || current.size !== row.size || current.mtimeMs !== row.mtimeMs) stale.push(row.name);
      else if (row.problems) problems.push(...(JSON.parse(row.problems) as ContentProblem[]));
    }
    this.index.batch(() => gone.forEach((name) => this.index.delete(name)));
    for (const name of names) if (!this.seen.has(name)) stale.push(name);
    this.backlogged = stale.length + this.index.searchBacklog() > this.searchAtOnce;
    // What start-up keeps of each article read now is its listing, as for those read from the index: the
    // repository reads summaries back from the index when a list shows them.
    const update = await this.update(stale.sort(), kept, 'listing');
    // A few left queued by a server stopped mid-backlog are indexed now; many are the background's.
    if (!this.backlogged) this.indexAllSearch();
    const records = [...this.claims.values()].flatMap((claimants) => kept.get(firstOf(claimants)) ?? []);
    problems.push(...update.problems, ...this.duplicateProblems());
    return { records, problems, notices: update.notices };
  }

  /**
   * Re-reads these files (added, changed, renamed or removed) and says what readers should now see. A removal
   * frees its slug (the next claimant by name gets it); a file that turned bad keeps its last good version.
   */
  async update(
    names: readonly string[],
    known = new Map<string, ArticleRecord | ArticleListing>(),
    keep: 'record' | 'listing' = 'record',
  ): Promise<FilesUpdate> {
    const problems: ContentProblem[] = [];
    const notices: ContentProblem[] = [];
    const touched = new Set<string>();
    for (let start = 0; start < names.length; start += WRITE_CHUNK) {
      const chunk = names.slice(start, start + WRITE_CHUNK);
      const readings = await inBatches(chunk, (name) => readContentFile(path.join(this.articlesDir, name)));
      this.index.batch(() => {
        chunk.forEach((name, i) => {
          const file = path.join(this.articlesDir, name);
          const reading = readings[i] as Awaited<ReturnType<typeof readContentFile>>;
          const before = this.seen.get(name);
          if (reading.kind === 'missing') {
            if (before) touched.add(before);
            this.forget(name);
            this.index.delete(name);
            return;
          }
          const parsed =
            reading.kind === 'text'
              ? this.check(file, reading.text)
              : { problems: [{ file, path: '(file)', message: reading.message }], dropped: [] };
          problems.push(...parsed.problems);
          notices.push(...parsed.dropped);
          const { size, mtimeMs } = reading;
          const problemsJson = parsed.problems.length ? JSON.stringify(parsed.problems) : null;
          if (!parsed.article) {
            // The last good version, if any, stays: its record and body are kept in the index.
            this.seen.set(name, before);
            this.index.put({ name, size, mtimeMs, listing: null, problems: problemsJson });
            return;
          }
          const record = toRecord(parsed.article, file);
          const listing = toListing(record);
          if (before) touched.add(before);
          touched.add(record.summary.slug);
          this.forget(name);
          this.remember(name, keep === 'record' ? record : listing, known);
          const { name: _key, ...stored } = listing;
          this.index.put(
            { name, size, mtimeMs, listing: JSON.stringify(stored satisfies StoredListing), problems: problemsJson },
            {
              summary: JSON.stringify(record.summary),
              body: JSON.stringify(parsed.article),
              search: this.backlogged
                ? { publishedMs: Date.parse(parsed.article.publishedAt) }
                : { document: searchDocument(parsed.article) },
            },
          );
        });
      });
    }
    const change: Required<ContentChange> = { set: [], remove: [] };
    for (const slug of touched) {
      const claimants = this.claims.get(slug);
      const owner = claimants === undefined ? undefined : firstOf(claimants);
      const record = owner === undefined ? undefined : (known.get(owner) ?? this.storedListing(owner));
      if (record) change.set.push(record);
      else change.remove.push(slug);
    }
    if (touched.size) problems.push(...this.duplicateProblems(touched));
    return { change, problems, notices };
  }

  /** Versions waiting for search: left by a large first build (or a server stopped before it was done). */
  searchBacklog(): number {
    return this.index.searchBacklog();
  }

  /** Indexes up to `max` versions waiting for search, newest first; returns how many (fewer: none are left). */
  indexSearch(max: number): number {
    const indexed = this.index.indexSearch(max, (body) => searchDocument(JSON.parse(body) as Article));
    if (indexed < max) this.backlogged = false;
    return indexed;
  }

  private indexAllSearch(): void {
    let indexed: number;
    do indexed = this.indexSearch(WRITE_CHUNK);
    while (indexed === WRITE_CHUNK);
  }

  /** Schema and section: a file that passes is a version readers may see. */
  private check(file: string, text: string) {
    const parsed = parseArticleFile(file, text);
    if (parsed.article && !this.sectionIds.has(parsed.article.section)) {
      const message = `Unknown section "${parsed.article.section}"`;
      return { ...parsed, article: undefined, problems: [...parsed.problems, { file, path: 'section', message }] };
    }
    return parsed;
  }

  private listing(name: string, json: string): ArticleListing {
    const listing = JSON.parse(json) as ArticleListing;
    listing.name = name;
    return listing;
  }

  private storedListing(name: string): ArticleListing | undefined {
    const row = this.index.get(name);
    return row?.listing ? this.listing(name, row.listing) : undefined;
  }

  private remember(
    name: string,
    record: ArticleRecord | ArticleListing | undefined,
    known: Map<string, ArticleRecord | ArticleListing>,
  ): void {
    const slug = record && ('summary' in record ? record.summary.slug : record.slug);
    this.seen.set(name, slug);
    if (!record || !slug) return;
    known.set(name, record);
    const claimants = this.claims.get(slug);
    if (claimants === undefined) this.claims.set(slug, name);
    else this.claims.set(slug, [...namesOf(claimants), name].sort());
  }

  private forget(name: string): void {
    const slug = this.seen.get(name);
    this.seen.delete(name);
    if (!slug) return;
    const claimants = namesOf(this.claims.get(slug)).filter((n) => n !== name);
    if (claimants.length > 1) this.claims.set(slug, claimants);
    else if (claimants.length === 1) this.claims.set(slug, claimants[0] as string);
    else this.claims.delete(slug);
  }

  /** One problem per file of a slug claimed twice or more: the first by name keeps it. */
  private duplicateProblems(slugs: Iterable<string> = this.claims.keys()): ContentProblem[] {
    const problems: ContentProblem[] = [];
    for (const slug of slugs) {
      const claimants = this.claims.get(slug);
      if (!Array.isArray(claimants)) continue;
      const [first] = claimants;
      const message = `Duplicate slug "${slug}" in ${claimants.join(', ')}: ${first} keeps it`;
      for (const name of claimants) problems.push({ file: path.join(this.articlesDir, name), path: 'slug', message });
    }
    return problems;
  }
}

const namesOf = (claimants: string | string[] | undefined): string[] =>
  claimants === undefined ? [] : typeof claimants === 'string' ? [claimants] : claimants;
const firstOf = (claimants: string | string[]): string =>
  typeof claimants === 'string' ? claimants : (claimants[0] as string);
