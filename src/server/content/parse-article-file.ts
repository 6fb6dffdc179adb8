import type { z } from 'zod';
import { articleSchema, type Article } from '../../contract/article';
import { findDroppedBlocks } from '../../contract/blocks';
import { formatIssues } from '../../contract/format-issues';

export type ContentProblem = { file: string; path: string; message: string };

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

/** One article file's text, checked on its own (what a set of files must agree on is checked by `ContentFiles`). */
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
