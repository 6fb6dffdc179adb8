import type { Block } from '../../../contract/blocks';
import { ArticleFigure } from './article-figure';
import { CalloutBlock } from './blocks/callout-block';
import { HeadingBlock } from './blocks/heading-block';
import { ListBlock } from './blocks/list-block';
import { ParagraphBlock } from './blocks/paragraph-block';
import { PullQuoteBlock } from './blocks/pull-quote-block';
import { TableBlock } from './blocks/table-block';

function BodyBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return <ParagraphBlock content={block.content} />;
    case 'heading':
      return <HeadingBlock level={block.level} content={block.content} />;
    case 'pullQuote':
      return <PullQuoteBlock text={block.text} attribution={block.attribution} />;
    case 'image':
      return <ArticleFigure image={block} />;
    case 'list':
      return <ListBlock style={block.style} items={block.items} />;
    case 'callout':
      return <CalloutBlock kind={block.kind} title={block.title} body={block.body} />;
    case 'table':
      return <TableBlock {...block} />;
    default:
      // The contract drops unknown types; this guards data that skipped it.
      return null;
  }
}

export function ArticleBody({ blocks }: { blocks: Block[] }) {
  return (
    <div className="article-body">
      {blocks.map((block, i) => (
        <BodyBlock key={i} block={block} />
      ))}
    </div>
  );
}
