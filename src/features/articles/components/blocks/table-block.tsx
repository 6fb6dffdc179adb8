import { useId } from 'react';
import type { Inline } from '../../../../contract/inline';
import type { TableBlock as Table } from '../../../../contract/table';
import { InlineContent } from '../inline-content';

/**
 * A table in a box of its own that scrolls sideways when the table is wider than the column, so the page never
 * does. The box is a focusable region named by the caption, so a keyboard can scroll it too.
 */
export function TableBlock({ caption, head, rows, rowHeaders, align }: Omit<Table, 'type'>) {
  const captionId = useId();
  const cell = (content: Inline[], j: number, header?: 'col' | 'row') => {
    const Tag = header ? 'th' : 'td';
    return (
      <Tag key={j} scope={header} className={align?.[j] ?? undefined}>
        <InlineContent content={content} />
      </Tag>
    );
  };
  return (
    <div
      className="table-box"
      role="region"
      // A box that scrolls must take focus, or a keyboard cannot scroll it.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      {...(caption ? { 'aria-labelledby': captionId } : { 'aria-label': 'Table' })}
    >
      <table>
        {caption && (
          <caption id={captionId}>
            <InlineContent content={caption} />
          </caption>
        )}
        {head && (
          <thead>
            <tr>{head.map((content, j) => cell(content, j, 'col'))}</tr>
          </thead>
        )}
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>{row.map((content, j) => cell(content, j, rowHeaders && j === 0 ? 'row' : undefined))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
