import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blocksFromMarkdown } from './blocks-from-markdown';
import { inlineFromMarkdown } from './inline-from-markdown';
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
  // A rich standfirst is written at the top of the body as `:::standfirst` … `:::`, paragraphs and lists.
  const standfirst = rest.find((node) => node.type === 'containerDirective' && node.name === 'standfirst');
  const summary = standfirst && 'children' in standfirst ? blocksFromMarkdown(standfirst.children, ['summary'], context) : undefined;
  if (standfirst && 'summary' in front.fields)
    problems.push({
      line: lines.lineOf('summary') ?? 1,
      path: 'summary',
      message: 'The standfirst is written twice: as `summary` and as `:::standfirst`',
    });
  if (standfirst) lines.record(['summary'], standfirst.position?.start.line);
  const body = blocksFromMarkdown(rest.filter((node) => node !== standfirst), ['body'], context);
  const fields = { ...front.fields, ...(summary ? { summary } : {}), ...notesFromFrontMatter(front.fields.notes, context) };
  const input = { schemaVersion: MARKDOWN_SHAPES_VERSION, slug: defaults.slug, ...fields, body };
  return { input, lines, notices: context.notices, problems };
}

/**
 * A note's `content` in front matter is a line of Markdown (`An earlier version said *X*.`), read as inline
 * content. A problem inside it is reported on the note's `content` line, the nearest line the file has for it.
 */
function notesFromFrontMatter(notes: unknown, context: MarkdownContext): { notes?: unknown } {
  if (!Array.isArray(notes)) return {};
  return {
    notes: notes.map((note: unknown, i) => {
      if (typeof note !== 'object' || note === null || typeof (note as { content?: unknown }).content !== 'string')
        return note;
      const line = context.lines.lineOf(`notes.${i}.content`);
      const inner: MarkdownContext = { ...context, lines: createSourceLines(), notices: [] };
      const [first, ...more] = (markdown.parse((note as { content: string }).content) as Root).children;
      if (more.length) inner.notices.push({ line, message: 'A note is one paragraph: the rest is skipped' });
      const content = first?.type === 'paragraph' ? inlineFromMarkdown(first.children, [], inner) : [];
      context.notices.push(...inner.notices.map((n) => ({ ...n, line })));
      return { ...note, content };
    }),
  };
}
