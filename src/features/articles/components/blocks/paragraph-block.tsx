import type { Inline } from '../../../../contract/inline';
import { InlineContent } from '../inline-content';

export function ParagraphBlock({ content }: { content: Inline[] }) {
  return (
    <p>
      <InlineContent content={content} />
    </p>
  );
}
