import path from 'node:path';
import type { z } from 'zod';
import type { Article } from '../../contract/article';
import { articleFileSchema } from '../../contract/article-upgrade';
import { findDroppedBlocks } from '../../contract/blocks';
import { formatIssues } from '../../contract/format-issues';
import { parseMarkdownArticle } from './markdown/parse-markdown-article';

/** What is wrong with a content file: the file, the field path, and for Markdown the line it is on. */
export type ContentProblem = { file: string; path: string; message: string; line?: number };

export function parseFile<T>(file: string, schema: z.ZodType<T>, json: unknown, problems: ContentProblem[]): T | undefined {
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

/** Article files are JSON (`<slug>.json`) or Markdown with front matter (`<slug>.md`). */
export const isMarkdownFile = (file: string) => file.endsWith('.md');

/** One article file's text, checked on its own (what a set of files must agree on is checked by `ContentFiles`). */
export function parseArticleFile(file: string, text: string): ParsedArticleFile {
  return isMarkdownFile(file) ? parseMarkdownFile(file, text) : parseJsonFile(file, text);
}

function parseJsonFile(file: string, text: string): ParsedArticleFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [{ file, path: '(file)', message: (error as Error).message }], dropped: [] };
  }
  const problems: ContentProblem[] = [];
  const article = parseFile(file, articleFileSchema, json, problems);
  const dropped = findDroppedBlocks((json as { body?: unknown } | null)?.body, 'body').map(({ path: blockPath, type }) => ({
    file,
    path: blockPath,
    message: `Dropped a block of unknown type ${JSON.stringify(type)}`,
  }));
  return { article, problems, dropped };
}

function parseMarkdownFile(file: string, text: string): ParsedArticleFile {
  const markdown = parseMarkdownArticle(text, { slug: path.basename(file, '.md') });
  const dropped = markdown.notices.map(({ line, message }) => at(line, { file, path: 'body', message }));
  if (markdown.problems.length)
    return { problems: markdown.problems.map(({ line, ...p }) => at(line, { file, ...p })), dropped };
  const problems: ContentProblem[] = [];
  const article = parseFile(file, articleFileSchema, markdown.input, problems);
  return { article, problems: problems.map((p) => at(markdown.lines.lineOf(p.path), p)), dropped };
}

const at = (line: number | undefined, problem: ContentProblem): ContentProblem =>
  line === undefined ? problem : { ...problem, line };

/** `file:line field: message`, as the server log and `npm run content:check` print a problem. */
export const describeProblem = ({ file, line, path: fieldPath, message }: ContentProblem) =>
  `${file}${line === undefined ? '' : `:${line}`} ${fieldPath}: ${message}`;
