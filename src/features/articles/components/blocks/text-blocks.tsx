import type { Inline } from '../../../../contract/inline';
import { ListBlock } from './list-block';
import { ParagraphBlock } from './paragraph-block';

type TextBlock =
  { type: 'paragraph'; content: Inline[] } | { type: 'list'; style: 'bulleted' | 'numbered'; items: Inline[][] };

/** Paragraphs and lists: what a callout's body and a rich standfirst hold. */
export function TextBlocks({ blocks }: { blocks: TextBlock[] }) {
  return blocks.map((block, i) =>
    block.type === 'list' ? (
      <ListBlock key={i} style={block.style} items={block.items} />
    ) : (
      <ParagraphBlock key={i} content={block.content} />
    ),
  );
}
