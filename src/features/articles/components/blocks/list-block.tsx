import type { Inline } from '../../../../contract/inline';
import { InlineContent } from '../inline-content';

type ListBlockProps = { style: 'bulleted' | 'numbered'; items: Inline[][] };

export function ListBlock({ style, items }: ListBlockProps) {
  const Tag = style === 'numbered' ? 'ol' : 'ul';
  return (
    <Tag className="article-list">
      {items.map((item, i) => (
        <li key={i}>
          <InlineContent content={item} />
        </li>
      ))}
    </Tag>
  );
}
