import type { PhrasingContent } from 'mdast';
import type { Inline, TextRun } from '../../../contract/inline';
import { notice, plainText, type MarkdownContext } from './markdown-context';

type Marks = { em?: true; strong?: true; sup?: true; sub?: true };

/** `:sup[2]` and `:sub[2]`: the text directives that raise or lower their text. */
const TEXT_DIRECTIVE_MARKS: Record<string, Marks> = { sup: { sup: true }, sub: { sub: true } };

const run = (text: string, marks: Marks): string | TextRun =>
  Object.keys(marks).length ? { type: 'text', text, ...marks } : text;

/** Neighbouring plain strings joined, so `a *b* c` is three nodes and not five. */
function merge(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
    else out.push(node);
  }
  return out;
}

function convert(node: PhrasingContent, marks: Marks, context: MarkdownContext): Inline[] {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      // A line end inside a paragraph is a space to the reader; only a hard break (two spaces, `\`) breaks the line.
      return [run(node.value.replace(/\s*\n\s*/g, ' '), marks)];
    case 'emphasis':
      return node.children.flatMap((child) => convert(child, { ...marks, em: true }, context));
    case 'strong':
      return node.children.flatMap((child) => convert(child, { ...marks, strong: true }, context));
    case 'break':
      return [{ type: 'lineBreak' }];
    case 'link':
      return [link(node.url, node.children, marks, context)];
    case 'linkReference': {
      const href = context.definitions.get(node.identifier.toLowerCase());
      if (href !== undefined) return [link(href, node.children, marks, context)];
      return [run(plainText(node), marks)];
    }
    case 'html':
      notice(context, node, `Raw HTML is not allowed in Markdown: ${JSON.stringify(node.value)} skipped`);
      return [];
    case 'textDirective': {
      const raised = TEXT_DIRECTIVE_MARKS[node.name];
      if (raised) return node.children.flatMap((child) => convert(child, { ...marks, ...raised }, context));
      // `:name` in running text that names no inline kind we know ("ratio 3:to") is the text as written.
      return [run(`:${node.name}`, marks), ...node.children.flatMap((child) => convert(child, marks, context))];
    }
    case 'delete':
      notice(context, node, 'Strikethrough is not part of the article format: kept as plain text');
      return node.children.flatMap((child) => convert(child, marks, context));
    default:
      notice(context, node, `${describe(node.type)} cannot stand in running text: skipped`);
      return [];
  }
}

const describe = (type: string) =>
  ({ image: 'An image', imageReference: 'An image', footnoteReference: 'A footnote' })[type] ?? `A ${type}`;

const isBreak = (node: Inline) => typeof node !== 'string' && node.type === 'lineBreak';

function link(href: string, children: PhrasingContent[], marks: Marks, context: MarkdownContext): Inline {
  // A link holds text only: a line break inside one reads as a space.
  const inner = merge(
    children.flatMap((child) => convert(child, marks, context)).map((node) => (isBreak(node) ? ' ' : node)),
  ).filter((node): node is string | TextRun => typeof node === 'string' || node.type === 'text');
  return { type: 'link', href, children: inner };
}

/** Markdown phrasing as the contract's inline nodes (never HTML), each top-level node's line kept under `path`. */
export function inlineFromMarkdown(
  nodes: readonly PhrasingContent[],
  path: readonly (string | number)[],
  context: MarkdownContext,
): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const converted = merge([...out.splice(-1), ...convert(node, {}, context)]);
    out.push(...converted);
    context.lines.record([...path, out.length - 1], node.position?.start.line);
  }
  return out;
}
