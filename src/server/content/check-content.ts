import path from 'node:path';
import { openContentIndex } from '../store/content-index';
import { loadContent, readPublication } from './load-content';
import { describeProblem, type ContentProblem } from './parse-article-file';

export type ContentCheck = { articles: number; problems: ContentProblem[]; notices: ContentProblem[] };

/**
 * Every file of a content folder checked as the server would load it (schema, sections, duplicate slugs), in
 * memory: nothing is started and nothing is written.
 */
export async function checkContent(contentDir: string): Promise<ContentCheck> {
  const { problems } = await readPublication(contentDir);
  if (problems.length) return { articles: 0, problems, notices: [] };
  const index = openContentIndex(undefined);
  try {
    const loaded = await loadContent(contentDir, index);
    return { articles: loaded.files.names().length, problems: loaded.problems, notices: loaded.notices };
  } finally {
    index.close();
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The report as printed: one line per problem, then per notice, files named from `cwd`, then a total. */
export function formatContentCheck({ articles, problems, notices }: ContentCheck, cwd: string): string {
  const line = (prefix: string) => (p: ContentProblem) =>
    `${prefix}${describeProblem({ ...p, file: path.relative(cwd, p.file) || p.file })}\n`;
  const total = `${plural(articles, 'article file')} checked: ${plural(problems.length, 'problem')}, ${plural(notices.length, 'notice')}\n`;
  return problems.map(line('')).join('') + notices.map(line('notice: ')).join('') + total;
}
