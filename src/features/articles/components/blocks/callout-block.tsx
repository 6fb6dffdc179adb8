import { useId } from 'react';
import type { CalloutBlock as Callout } from '../../../../contract/blocks';
import { InlineContent } from '../inline-content';
import { TextBlocks } from './text-blocks';

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
      <TextBlocks blocks={body} />
    </aside>
  );
}
