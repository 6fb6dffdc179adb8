import type { HighlightedText as Highlighted } from '../../../contract/search';

type HighlightedTextProps = { value: Highlighted };

/**
 * Text with the words that matched in `<mark>`, from the ranges the API sends: the text is only ever a React
 * text node, so nothing in it can become markup. Ranges out of order, overlapping or past the end are skipped.
 */
export function HighlightedText({ value: { text, highlights } }: HighlightedTextProps) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
