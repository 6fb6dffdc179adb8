import type { Inline } from '../../../../contract/inline';
import { InlineContent } from '../inline-content';

type HeadingBlockProps = { level: 2 | 3; content: Inline[] };

export function HeadingBlock({ level, content }: HeadingBlockProps) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag className="article-subhead">
      <InlineContent content={content} />
    </Tag>
  );
}
