import { useId } from 'react';
import type { CalloutBlock as Callout } from '../../../../contract/blocks';
import { InlineContent } from '../inline-content';
import { ListBlock } from './list-block';
import { ParagraphBlock } from './paragraph-block';

const KIND_NAMES: Record<Callout['kind'], string> = {
  qa: 'Q&A',
  explainer: 'Explainer',
  keyFacts: 'Key facts',
  bottomLine: 'Bottom line',
};

/** A box set apart from the story, a complementary region named by its heading: its title, else its kind. */
export function CalloutBlock({ kind, title, body }: Omit<Callout, 'type'>) {
  const headingId = useId();
  return (
    <aside className={`callout ${kind}`} aria-labelledby={headingId}>
      {title && <p className="callout-kind">{KIND_NAMES[kind]}</p>}
      <h2 id={headingId}>{title ? <InlineContent content={title} /> : KIND_NAMES[kind]}</h2>
      {body.map((block, i) =>
        block.type === 'list' ? (
          <ListBlock key={i} style={block.style} items={block.items} />
        ) : (
          <ParagraphBlock key={i} content={block.content} />
        ),
      )}
    </aside>
  );
}
