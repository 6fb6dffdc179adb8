import { useId } from 'react';
import type { Inline } from '../../../../contract/inline';
import { InlineContent } from '../inline-content';

export function BottomLineBlock({ content }: { content: Inline[] }) {
  const headingId = useId();
  return (
    <aside className="bottom-line" aria-labelledby={headingId}>
      <h2 id={headingId}>Bottom line</h2>
      <p>
        <InlineContent content={content} />
      </p>
    </aside>
  );
}
