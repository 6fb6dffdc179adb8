import type { RootContent } from 'mdast';
import type { CalloutKind } from '../../../contract/blocks';
import { attributeFields, directiveParts, type BlockDirective } from './directive-parts';
import { inlineFromMarkdown } from './inline-from-markdown';
import { notice, plainText, type MarkdownContext } from './markdown-context';
import { tableFromMarkdown } from './table-from-markdown';

type Path = readonly (string | number)[];
type BlockInput = Record<string, unknown>;
/** Converts the blocks inside a directive, at `path` (given, not imported: the block converter uses this file). */
export type BlocksFrom = (nodes: readonly RootContent[], path: Path, context: MarkdownContext) => BlockInput[];
type DirectiveBlock = (node: BlockDirective, path: Path, context: MarkdownContext, blocks: BlocksFrom) => BlockInput;

/** `:::qa[The question]` … `:::`: a callout of this kind, its label the title, its paragraphs and lists the body. */
const callout =
  (kind: CalloutKind): DirectiveBlock =>
  (node, path, context, blocks) => {
    const { label, content } = directiveParts(node);
    return {
      type: 'callout',
      kind,
      ...(label ? { title: inlineFromMarkdown(label, [...path, 'title'], context) } : {}),
      body: blocks(content, [...path, 'body'], context),
    };
  };

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
  qa: callout('qa'),
  explainer: callout('explainer'),
  keyfacts: callout('keyFacts'),
  bottomline: callout('bottomLine'),
  table(node, path, context) {
    const { label, content } = directiveParts(node);
    const [table, ...rest] = content;
    rest.forEach((extra) => notice(context, extra, 'A `:::table` holds one table: the rest is skipped'));
    return {
      ...(table?.type === 'table' ? tableFromMarkdown(table, path, context) : { type: 'table', rows: [] }),
      ...(label ? { caption: inlineFromMarkdown(label, [...path, 'caption'], context) } : {}),
      ...attributeFields(node, { flags: ['rowHeaders'] }),
    };
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
