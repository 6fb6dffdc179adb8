import type { Article } from './article';
import type { Block, Standfirst } from './blocks';
import type { Inline } from './inline';

/** Reading speed for the "min read" estimate: a common figure for adults reading news prose on screen. */
export const WORDS_PER_MINUTE = 230;

export function inlineText(content: readonly Inline[]): string {
  return content
    .map((inline) => {
      if (typeof inline === 'string') return inline;
      if (inline.type === 'text') return inline.text;
      if (inline.type === 'lineBreak') return '\n';
      return inline.children.map((child) => (typeof child === 'string' ? child : child.text)).join('');
    })
    .join('');
}

/** The words of one block as plain text (an image's caption included), for reading time and search. */
function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.content);
    case 'callout':
      return [...(block.title ? [inlineText(block.title)] : []), ...block.body.map(blockText)].join('\n');
    case 'table': {
      const rows = [...(block.head ? [block.head] : []), ...block.rows].map((row) => row.map(inlineText).join('\t'));
      return [...(block.caption ? [inlineText(block.caption)] : []), ...rows].join('\n');
    }
    case 'pullQuote':
      return block.attribution ? `${block.text} ${block.attribution}` : block.text;
    case 'list':
      return block.items.map(inlineText).join('\n');
    case 'image':
      return block.caption ?? '';
  }
}

/** The plain text of the body's first paragraph, if it has one (an article's description when it has no summary). */
export function firstParagraphText(blocks: readonly Block[]): string | undefined {
  const first = blocks.find((block) => block.type === 'paragraph');
  return first && inlineText(first.content);
}

/**
 * What lists and the page's description say of an article: its summary, else its first paragraph, else nothing.
 * Here, with no zod, so the page can use it without pulling the schemas into the first bundle.
 */
export function articleDescription({ summary, body }: Pick<Article, 'summary' | 'body'>): string {
  return (summary && standfirstText(summary)) ?? firstParagraphText(body) ?? '';
}

/** A standfirst as plain text: a rich one's paragraphs and list items joined by spaces. */
export function standfirstText(summary: Standfirst): string {
  return typeof summary === 'string' ? summary : summary.map(blockText).join(' ').replace(/\s+/g, ' ');
}

/** An article body as plain text, one block a paragraph. */
export function bodyText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n\n');
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes, at least one. */
export function readingMinutes(blocks: readonly Block[]): number {
  return Math.max(1, Math.round(countWords(bodyText(blocks)) / WORDS_PER_MINUTE));
}
