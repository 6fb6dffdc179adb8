import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../contract/article';
import type { ContentIndex, IndexedFile } from '../store/content-index';
import { toRecord, type ArticleRecord, type ContentChange } from './content-repository';
import { parseArticleFile, type ContentProblem } from './parse-article-file';
import { readContentFile } from './read-content-file';

/** What one pass over some files found: the change to show, and what to log. */
export type FilesUpdate = { change: Required<ContentChange>; problems: ContentProblem[]; notices: ContentProblem[] };

/** Per file in memory: what was last seen on disk, and the slug its last good version claims. */
type Seen = { size: number; mtimeMs: number; slug: string | undefined };

const READ_BATCH = 128;

/** Article files are `articles/*.json`; editors' swap and temp files (dot files, `~`, `.tmp`) are not. */
export const isArticleFileName = (name: string) => name.endsWith('.json') && !name.startsWith('.');

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
  private readonly seen = new Map<string, Seen>();
  /** Names whose last good version has this slug, in name order: the first is shown. */
  private readonly claims = new Map<string, string[]>();

  constructor(
    private readonly articlesDir: string,
    private readonly index: ContentIndex,
    private readonly sectionIds: ReadonlySet<string>,
  ) {}

  /** Every file seen, valid or not. */
  names(): string[] {
    return [...this.seen.keys()];
  }

  /** The last good version of a file, as stored when it was read. */
  article(file: string): Article | undefined {
    const text = this.index.body(path.basename(file));
    return text === undefined ? undefined : (JSON.parse(text) as Article);
  }

  /** Start-up: every file, those unchanged since the index saw them read from it. */
  async scan(): Promise<{ records: ArticleRecord[]; problems: ContentProblem[]; notices: ContentProblem[] }> {
    const names = (await readdir(this.articlesDir)).filter(isArticleFileName).sort();
    const stats = await inBatches(names, (name) =>
      stat(path.join(this.articlesDir, name)).then(
        (s) => ({ size: s.size, mtimeMs: s.mtimeMs }),
        () => undefined,
      ),
    );
    const onDisk = new Map(names.map((name, i) => [name, stats[i]]));
    const stale: string[] = [];
    const gone: string[] = [];
    const problems: ContentProblem[] = [];
    const kept = new Map<string, ArticleRecord>();
    for (const row of this.index.all()) {
      const current = onDisk.get(row.name);
      if (!onDisk.has(row.name)) {
        gone.push(row.name);
        continue;
      }
      // The folder may have moved since (a copy, a new mount): the path is where it is now.
      const record = row.record
        ? { ...(JSON.parse(row.record) as ArticleRecord), file: path.join(this.articlesDir, row.name) }
        : undefined;
      // Its last good version stands until the file is read again (and stays if that version is bad).
      this.remember(row, record, kept);
      if (!current || current.size !== row.size || current.mtimeMs !== row.mtimeMs) stale.push(row.name);
      else if (row.problems) problems.push(...(JSON.parse(row.problems) as ContentProblem[]));
    }
    this.index.batch(() => gone.forEach((name) => this.index.delete(name)));
    for (const name of names) if (!this.seen.has(name)) stale.push(name);
    const update = await this.update(stale.sort(), kept);
    const records = [...this.claims.values()].flatMap((claimants) => kept.get(claimants[0] as string) ?? []);
    problems.push(...update.problems, ...this.duplicateProblems());
    return { records, problems, notices: update.notices };
  }

  /**
   * Re-reads these files (added, changed, renamed or removed) and says what readers should now see. A removal
   * frees its slug (the next claimant by name gets it); a file that turned bad keeps its last good version.
   */
  async update(names: readonly string[], known = new Map<string, ArticleRecord>()): Promise<FilesUpdate> {
    const problems: ContentProblem[] = [];
    const notices: ContentProblem[] = [];
    const touched = new Set<string>();
    const readings = await inBatches(names, (name) => readContentFile(path.join(this.articlesDir, name)));
    this.index.batch(() => {
      names.forEach((name, i) => {
        const file = path.join(this.articlesDir, name);
        const reading = readings[i] as Awaited<ReturnType<typeof readContentFile>>;
        const before = this.seen.get(name);
        if (reading.kind === 'missing') {
          if (before?.slug) touched.add(before.slug);
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
          this.seen.set(name, { size, mtimeMs, slug: before?.slug });
          this.index.put({ name, size, mtimeMs, record: null, problems: problemsJson }, undefined);
          return;
        }
        const record = toRecord(parsed.article, file);
        if (before?.slug) touched.add(before.slug);
        touched.add(record.summary.slug);
        this.forget(name);
        this.remember({ name, size, mtimeMs }, record, known);
        this.index.put(
          { name, size, mtimeMs, record: JSON.stringify(record), problems: problemsJson },
          JSON.stringify(parsed.article),
        );
      });
    });
    const change: Required<ContentChange> = { set: [], remove: [] };
    for (const slug of touched) {
      const owner = this.claims.get(slug)?.[0];
      const record = owner === undefined ? undefined : (known.get(owner) ?? this.storedRecord(owner));
      if (record) change.set.push(record);
      else change.remove.push(slug);
    }
    if (touched.size) problems.push(...this.duplicateProblems(touched));
    return { change, problems, notices };
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

  private storedRecord(name: string): ArticleRecord | undefined {
    const row = this.index.get(name);
    return row?.record ? (JSON.parse(row.record) as ArticleRecord) : undefined;
  }

  private remember(
    { name, size, mtimeMs }: Pick<IndexedFile, 'name' | 'size' | 'mtimeMs'>,
    record: ArticleRecord | undefined,
    known: Map<string, ArticleRecord>,
  ): void {
    const slug = record?.summary.slug;
    this.seen.set(name, { size, mtimeMs, slug });
    if (!record || !slug) return;
    known.set(name, record);
    const claimants = this.claims.get(slug) ?? [];
    claimants.push(name);
    claimants.sort();
    this.claims.set(slug, claimants);
  }

  private forget(name: string): void {
    const slug = this.seen.get(name)?.slug;
    this.seen.delete(name);
    if (!slug) return;
    const claimants = (this.claims.get(slug) ?? []).filter((n) => n !== name);
    if (claimants.length) this.claims.set(slug, claimants);
    else this.claims.delete(slug);
  }

  /** One problem per file of a slug claimed twice or more: the first by name keeps it. */
  private duplicateProblems(slugs: Iterable<string> = this.claims.keys()): ContentProblem[] {
    const problems: ContentProblem[] = [];
    for (const slug of slugs) {
      const claimants = this.claims.get(slug) ?? [];
      if (claimants.length < 2) continue;
      const [first] = claimants;
      const message = `Duplicate slug "${slug}" in ${claimants.join(', ')}: ${first} keeps it`;
      for (const name of claimants) problems.push({ file: path.join(this.articlesDir, name), path: 'slug', message });
    }
    return problems;
  }
}
