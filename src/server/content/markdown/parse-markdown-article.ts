import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blocksFromMarkdown } from './blocks-from-markdown';
import { readFrontMatter } from './front-matter';
import type { MarkdownContext, MarkdownNotice } from './markdown-context';
import { createSourceLines, type SourceLines } from './source-lines';

export type MarkdownArticle = {
  /** The article as a JSON file would hold it, for the same schema to check. */
  input: Record<string, unknown>;
  /** Each field's line, to report a problem where it is. */
  lines: SourceLines;
  /** What was left out (raw HTML, unknown directives): the article still serves. */
  notices: MarkdownNotice[];
  /** What stops the file from being read at all (front matter that is not YAML). */
  problems: { line: number; path: string; message: string }[];
};

// Only parsing: nothing is ever turned into HTML. The processor is frozen, so it holds no state between files.
// The blocks made here have the shapes of schemaVersion 2: saying so lets the contract's upgrade step carry them
// to whatever version is current.
const MARKDOWN_SHAPES_VERSION = 2;

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze();

/**
 * An article written as Markdown: YAML front matter for the fields (`headline`, `section`, …), then the body.
 * `slug` defaults to the file's name. The result is an object for the article schema, never HTML.
 */
export function parseMarkdownArticle(text: string, defaults: { slug: string }): MarkdownArticle {
  const tree = markdown.parse(text) as Root;
  const lines = createSourceLines();
  const [first, ...rest] = tree.children;
  if (first?.type !== 'yaml')
    return {
      input: {},
      lines,
      notices: [],
      problems: [{ line: 1, path: '(file)', message: 'A Markdown article starts with its fields between two `---` lines' }],
    };
  const front = readFrontMatter(first.value, (first.position?.start.line ?? 1) + 1, lines);
  const problems = front.problems.map((p) => ({ ...p, path: '(front matter)' }));
  if ('body' in front.fields)
    problems.push({
      line: lines.lineOf('body') ?? 1,
      path: 'body',
      message: 'The body is the Markdown after the front matter, not a field',
    });
  const definitions = new Map(
    rest.flatMap((node) => (node.type === 'definition' ? [[node.identifier.toLowerCase(), node.url] as const] : [])),
  );
  const context: MarkdownContext = { lines, notices: [], definitions };
  const body = blocksFromMarkdown(rest, ['body'], context);
  const input = { schemaVersion: MARKDOWN_SHAPES_VERSION, slug: defaults.slug, ...front.fields, body };
  return { input, lines, notices: context.notices, problems };
}
