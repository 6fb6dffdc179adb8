import { z } from './zod';
import { imageSchema } from './image';
import { inlineContentSchema } from './inline';
import { tableBlock } from './table';

export const paragraphBlock = z.object({ type: z.literal('paragraph'), content: inlineContentSchema }).strict();
export const headingBlock = z
  .object({
    type: z.literal('heading'),
    level: z.union([z.literal(2), z.literal(3)]),
    // Inline content, so a heading may hold a link or emphasis (version 1 had plain `text`).
    content: inlineContentSchema.max(50),
  })
  .strict();
export const pullQuoteBlock = z
  .object({
    type: z.literal('pullQuote'),
    text: z.string().min(1).max(2_000),
    // Absent when the quote is from the article itself, as most pull quotes are.
    attribution: z.string().min(1).max(200).optional(),
  })
  .strict();
export const imageBlock = imageSchema.extend({ type: z.literal('image') }).strict();
export const listBlock = z
  .object({
    type: z.literal('list'),
    style: z.enum(['bulleted', 'numbered']),
    items: z.array(inlineContentSchema).min(1).max(200),
  })
  .strict();

/** A box set apart from the story: its kind names it unless it has a title of its own. */
export const CALLOUT_KINDS = ['qa', 'explainer', 'keyFacts', 'bottomLine'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

const calloutContent = z.discriminatedUnion('type', [paragraphBlock, listBlock], {
  error: 'A callout holds paragraphs and lists',
});

/**
 * The standfirst under the headline: plain text, or paragraphs and lists whose inline content may hold links and
 * emphasis. Still structured nodes, never HTML.
 */
export const standfirstSchema = z.union([
  z.string().min(1).max(2_000),
  z
    .array(
      z.discriminatedUnion('type', [paragraphBlock, listBlock], { error: 'A standfirst holds paragraphs and lists' }),
    )
    .min(1)
    .max(20),
]);
export type Standfirst = z.infer<typeof standfirstSchema>;

export const calloutBlock = z
  .object({
    type: z.literal('callout'),
    kind: z.enum(CALLOUT_KINDS),
    // A Q&A's question, an explainer's subject; without one the box is headed by its kind ("Key facts").
    title: inlineContentSchema.max(50).optional(),
    body: blockList(calloutContent, 50),
  })
  .strict();

export type CalloutBlock = z.infer<typeof calloutBlock>;

/** The block of version 1 and of the first version 2 files: still read, as the callout it now is. */
export const bottomLineBlock = z
  .object({ type: z.literal('bottomLine'), content: inlineContentSchema })
  .strict()
  .transform(({ content }): CalloutBlock => ({
    type: 'callout',
    kind: 'bottomLine',
    body: [{ type: 'paragraph', content }],
  }));

export const blockSchema = z.discriminatedUnion('type', [
  paragraphBlock,
  headingBlock,
  pullQuoteBlock,
  imageBlock,
  listBlock,
  calloutBlock,
  bottomLineBlock,
  tableBlock,
]);

export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block['type'];

export const KNOWN_BLOCK_TYPES: ReadonlySet<string> = new Set(
  blockSchema.options.map((option) => ('shape' in option ? option : option.in).shape.type.value),
);

const typeOf = (item: unknown): unknown =>
  typeof item === 'object' && item !== null ? (item as { type?: unknown }).type : undefined;

const isKnownBlock = (item: unknown): boolean => {
  const type = typeOf(item);
  return typeof type === 'string' && KNOWN_BLOCK_TYPES.has(type);
};

/**
 * A list of blocks: known blocks are validated strictly (by `schema`, which says which may stand here) and
 * reported with their path; a block of a type we don't know (newer content, a typo) is dropped so that one block
 * never takes down an article. Which blocks were dropped is told by `findDroppedBlocks`, so parsing stays pure.
 */
function blockList<T>(schema: z.ZodType<T>, max: number) {
  return z
    .array(z.unknown())
    .max(max)
    .transform((items, ctx) => {
      const blocks: T[] = [];
      items.forEach((item, index) => {
        if (!isKnownBlock(item)) return;
        const result = schema.safeParse(item);
        if (result.success) blocks.push(result.data);
        else
          for (const issue of result.error.issues)
            ctx.addIssue({ code: 'custom', message: issue.message, path: [index, ...issue.path] });
      });
      return blocks;
    });
}

export const bodySchema = blockList(blockSchema, 2_000);

export type DroppedBlock = { path: string; type: unknown };

/** The items of a list of blocks (at `path`, such as `body`) that `bodySchema` will drop, as they were written. */
export function findDroppedBlocks(list: unknown, path: string): DroppedBlock[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index): DroppedBlock[] => {
    if (!isKnownBlock(item)) return [{ path: `${path}.${index}`, type: typeOf(item) }];
    // A callout holds blocks of its own, and drops unknown ones the same way.
    return typeOf(item) === 'callout'
      ? findDroppedBlocks((item as { body?: unknown }).body, `${path}.${index}.body`)
      : [];
  });
}
