import type { PhrasingContent, Table } from 'mdast';
import { inlineFromMarkdown } from './inline-from-markdown';
import { lineOf, type MarkdownContext } from './markdown-context';

type Path = readonly (string | number)[];

/**
 * A GFM table (`| a | b |` lines under a `| --- |` rule) as a table block: its first row is the header row. Short
 * rows are filled with empty cells, as Markdown shows them; the caption and row headers come from a `:::table`
 * around it.
 */
export function tableFromMarkdown(node: Table, path: Path, context: MarkdownContext): Record<string, unknown> {
  const columns = node.children[0]?.children.length ?? 0;
  const [head, ...rows] = node.children.map((row, i) => {
    const rowPath = i === 0 ? [...path, 'head'] : [...path, 'rows', i - 1];
    context.lines.record(rowPath, lineOf(row));
    const cells: PhrasingContent[][] = row.children.map((cell) => cell.children);
    while (cells.length < columns) cells.push([]);
    return cells.map((cell, j) => inlineFromMarkdown(cell, [...rowPath, j], context));
  });
  const align = node.align ?? [];
  return {
    type: 'table',
    head,
    rows,
    ...(align.some((a) => a) ? { align: Array.from({ length: columns }, (_, j) => align[j] ?? null) } : {}),
  };
}
