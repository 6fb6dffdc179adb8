import type { RootContent } from 'mdast';
import { DIRECTIVE_BLOCKS } from './directive-blocks';
import { inlineFromMarkdown } from './inline-from-markdown';
import { lineOf, notice, type MarkdownContext } from './markdown-context';
import { tableFromMarkdown } from './table-from-markdown';

/** A body block as the schema will see it (it validates every field; this only gives the shape). */
type BlockInput = Record<string, unknown>;
type Path = readonly (string | number)[];

const SKIPPED: Partial<Record<RootContent['type'], string>> = {
  blockquote: 'A quotation (`>`) has no block of its own: write `:::pullquote{attribution="…"}`',
  code: 'A code block is not part of the article format',
  thematicBreak: 'A horizontal rule (`---`) is not part of the article format',
  footnoteDefinition: 'Footnotes are not part of the article format',
};

function block(node: RootContent, path: Path, context: MarkdownContext): BlockInput | undefined {
  switch (node.type) {
    case 'paragraph': {
      if (node.children.every((child) => child.type === 'image' || child.type === 'imageReference')) {
        notice(context, node, 'An image needs its size: write `::image[alt text]{src=… width=… height=…}`; skipped');
        return undefined;
      }
      return { type: 'paragraph', content: inlineFromMarkdown(node.children, [...path, 'content'], context) };
    }
    case 'heading':
      if (node.depth === 1) {
        notice(context, node, 'A level-1 heading: the headline is the page’s only one, set it as `headline`; skipped');
        return undefined;
      }
      return {
        type: 'heading',
        level: node.depth,
        content: inlineFromMarkdown(node.children, [...path, 'content'], context),
      };
    case 'list':
      return {
        type: 'list',
        style: node.ordered ? 'numbered' : 'bulleted',
        items: node.children.map((item, i) => {
          const [first, ...rest] = item.children;
          rest.forEach((extra) => notice(context, extra, 'A list item holds one paragraph: the rest is skipped'));
          const itemPath = [...path, 'items', i];
          context.lines.record(itemPath, lineOf(item));
          return first?.type === 'paragraph' ? inlineFromMarkdown(first.children, itemPath, context) : [];
        }),
      };
    case 'containerDirective':
    case 'leafDirective': {
      const make = DIRECTIVE_BLOCKS[node.name];
      if (make) return make(node, path, context, blocksFromMarkdown);
      notice(context, node, `Dropped a block of unknown kind ${JSON.stringify(node.name)}`);
      return undefined;
    }
    case 'table':
      return tableFromMarkdown(node, path, context);
    case 'html':
      notice(context, node, 'Raw HTML is not allowed in Markdown: skipped');
      return undefined;
    case 'definition':
    case 'yaml':
      return undefined;
    default:
      notice(context, node, `${SKIPPED[node.type] ?? `A ${node.type} is not part of the article format`}: skipped`);
      return undefined;
  }
}

/**
 * Markdown blocks (after the front matter, or inside a callout) as the article's blocks at `path` (`body`), each
 * block's line kept under `body.N`.
 */
export function blocksFromMarkdown(nodes: readonly RootContent[], path: Path, context: MarkdownContext): BlockInput[] {
  const blocks: BlockInput[] = [];
  for (const node of nodes) {
    const blockPath = [...path, blocks.length];
    const converted = block(node, blockPath, context);
    if (!converted) continue;
    context.lines.record(blockPath, lineOf(node));
    blocks.push(converted);
  }
  return blocks;
}
