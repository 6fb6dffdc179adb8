import type { Nodes } from 'mdast';
import type { SourceLines } from './source-lines';

/** Something in the Markdown that was left out of the article (it still serves), with its line. */
export type MarkdownNotice = { line: number | undefined; message: string };

/** What converting one file needs and collects: made per file, so two files never share it. */
export type MarkdownContext = {
  lines: SourceLines;
  notices: MarkdownNotice[];
  /** `[text][ref]` links: their targets, from the file's `[ref]: url` lines. */
  definitions: ReadonlyMap<string, string>;
};

export const lineOf = (node: Nodes): number | undefined => node.position?.start.line;

export function notice(context: MarkdownContext, node: Nodes, message: string): void {
  context.notices.push({ line: lineOf(node), message });
}

/** The plain text of a node, as a reader would see it. */
export function plainText(node: Nodes): string {
  if ('value' in node && node.type !== 'html' && node.type !== 'yaml') return node.value;
  if (node.type === 'break') return '\n';
  return 'children' in node ? (node.children as Nodes[]).map(plainText).join('') : '';
}
