import type { BlockContent, DefinitionContent } from 'mdast';
import { attributeFields, directiveParts, type BlockDirective } from './directive-parts';
import { inlineFromMarkdown } from './inline-from-markdown';
import { notice, plainText, type MarkdownContext } from './markdown-context';

type Path = readonly (string | number)[];
type DirectiveBlock = (node: BlockDirective, path: Path, context: MarkdownContext) => Record<string, unknown>;

/** The inline content of a directive's one paragraph (what a bottom line or a callout line holds). */
function paragraphContent(blocks: (BlockContent | DefinitionContent)[], path: Path, context: MarkdownContext) {
  const [first, ...rest] = blocks;
  rest.forEach((extra) => notice(context, extra, 'Only one paragraph fits here: the rest is skipped'));
  return first?.type === 'paragraph' ? inlineFromMarkdown(first.children, path, context) : [];
}

export const imageFields = (node: BlockDirective) => attributeFields(node, { numbers: ['width', 'height'] });

/**
 * The block directives: `:::name{attributes}` … `:::` (or `::name[label]{…}` on one line). Each becomes the same
 * block a JSON file would hold; anything the schema rejects is reported on the directive's line.
 */
export const DIRECTIVE_BLOCKS: Record<string, DirectiveBlock> = {
  pullquote(node) {
    const { content } = directiveParts(node);
    return { type: 'pullQuote', text: content.map(plainText).join('\n\n'), ...attributeFields(node) };
  },
  bottomline(node, path, context) {
    return { type: 'bottomLine', content: paragraphContent(directiveParts(node).content, [...path, 'content'], context) };
  },
  image(node) {
    const { label, content } = directiveParts(node);
    const caption = content.map(plainText).join('\n\n');
    return {
      type: 'image',
      ...imageFields(node),
      alt: label ? label.map(plainText).join('') : '',
      ...(caption ? { caption } : {}),
    };
  },
};
