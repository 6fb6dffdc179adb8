import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { articleSchema, type Article } from '../../contract/article';
import { findDroppedBlocks } from '../../contract/blocks';
import { formatIssues } from '../../contract/format-issues';
import { publicationSchema, type Publication } from '../../contract/publication';
import { toRecord, type ArticleRecord } from './content-repository';

export type ContentProblem = { file: string; path: string; message: string };

export type LoadedContent = {
  publication: Publication;
  /** Every valid article's summary and index fields; the bodies are read again from `file` when asked for. */
  articles: ArticleRecord[];
  /** Files or fields that were rejected: the file was skipped. */
  problems: ContentProblem[];
  /** Blocks of unknown types that were dropped: the article still serves. */
  notices: ContentProblem[];
};

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const READ_BATCH = 128;

async function readTextFile(file: string): Promise<string> {
  const bytes = await readFile(file);
  if (bytes.byteLength > MAX_FILE_BYTES) throw new Error(`file is larger than ${MAX_FILE_BYTES} bytes`);
  // fatal: a file that is not UTF-8 is an error, not silently mangled text.
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

function parseFile<T>(file: string, schema: z.ZodType<T>, json: unknown, problems: ContentProblem[]): T | undefined {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const { path: fieldPath, message } of formatIssues(result.error)) problems.push({ file, path: fieldPath, message });
  return undefined;
}

export type ParsedArticleFile = {
  /** Absent when the file has a problem. */
  article?: Article;
  /** Why the file cannot be served: each names the file and the field. */
  problems: ContentProblem[];
  /** Blocks of unknown types that were left out: the article still serves. */
  dropped: ContentProblem[];
};

/** One article file's text, checked on its own (what a set of files must agree on is checked by `loadContent`). */
export function parseArticleFile(file: string, text: string): ParsedArticleFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [{ file, path: '(file)', message: (error as Error).message }], dropped: [] };
  }
  const problems: ContentProblem[] = [];
  const article = parseFile(file, articleSchema, json, problems);
  const dropped = findDroppedBlocks((json as { body?: unknown } | null)?.body, 'body').map(({ path: blockPath, type }) => ({
    file,
    path: blockPath,
    message: `Dropped a block of unknown type ${JSON.stringify(type)}`,
  }));
  return { article, problems, dropped };
}

/**
 * Reads `publication.json` and `articles/*.json`. A bad article is reported (file and field path)
 * and skipped so the rest still serve (one dated in the future is not bad: it is scheduled, see ContentRepository); a bad publication file stops start-up, since nothing can render without it.
 */
export async function loadContent(contentDir: string): Promise<LoadedContent> {
  const problems: ContentProblem[] = [];
  const notices: ContentProblem[] = [];
  const publicationFile = path.join(contentDir, 'publication.json');
  const publication = parseFile(publicationFile, publicationSchema, JSON.parse(await readTextFile(publicationFile)), problems);
  if (!publication) {
    const detail = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new Error(`${publicationFile} is invalid: ${detail}`);
  }

  const sectionIds = new Set(publication.sections.map((s) => s.id));
  const articlesDir = path.join(contentDir, 'articles');
  const files = (await readdir(articlesDir)).filter((name) => name.endsWith('.json')).sort();
  const bySlug = new Map<string, string>();
  const articles: ArticleRecord[] = [];

  // Files are read a batch at a time, in parallel (one await per file, one after another, was most of
  // the start-up time at 10,000 articles), and then checked in name order so reports stay deterministic.
  const readings = (async function* () {
    for (let start = 0; start < files.length; start += READ_BATCH) {
      const batch = files.slice(start, start + READ_BATCH).map((name) => path.join(articlesDir, name));
      yield* await Promise.all(
        batch.map((file) =>
          readTextFile(file).then(
            (text) => ({ file, text, error: undefined }),
            (error: unknown) => ({ file, text: '', error }),
          ),
        ),
      );
    }
  })();

  for await (const { file, text, error } of readings) {
    if (error !== undefined) {
      problems.push({ file, path: '(file)', message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const parsed = parseArticleFile(file, text);
    problems.push(...parsed.problems);
    notices.push(...parsed.dropped);
    const { article } = parsed;
    if (!article) continue;
    if (!sectionIds.has(article.section)) {
      problems.push({ file, path: 'section', message: `Unknown section "${article.section}"` });
      continue;
    }
    const first = bySlug.get(article.slug);
    if (first) {
      problems.push({ file, path: 'slug', message: `Duplicate slug "${article.slug}" (first used by ${first})` });
      continue;
    }
    bySlug.set(article.slug, file);
    articles.push(toRecord(article, file));
  }
  return { publication, articles, problems, notices };
}

/**
 * The full article behind a record, read and checked again. Content is loaded once, at start: a file edited
 * or removed since then is an error naming the file (restart the server to load the new content).
 */
export async function readArticleFile({ file, summary }: ArticleRecord): Promise<Article> {
  const { article } = parseArticleFile(file, await readTextFile(file).catch(() => ''));
  if (!article || article.slug !== summary.slug || article.publishedAt !== summary.publishedAt)
    throw new Error(`Content file ${file} changed or went missing since the server started; restart it to reload content`);
  return article;
}
