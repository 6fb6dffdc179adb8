import { z } from './zod';
import { imageSchema } from './image';
import { inlineContentSchema } from './inline';

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
export const bottomLineBlock = z.object({ type: z.literal('bottomLine'), content: inlineContentSchema }).strict();

export const blockSchema = z.discriminatedUnion('type', [
  paragraphBlock,
  headingBlock,
  pullQuoteBlock,
  imageBlock,
  listBlock,
  bottomLineBlock,
]);

export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block['type'];

export const KNOWN_BLOCK_TYPES: ReadonlySet<string> = new Set(
  blockSchema.options.map((option) => option.shape.type.value),
);

const typeOf = (item: unknown): unknown =>
  typeof item === 'object' && item !== null ? (item as { type?: unknown }).type : undefined;

const isKnownBlock = (item: unknown): boolean => {
  const type = typeOf(item);
  return typeof type === 'string' && KNOWN_BLOCK_TYPES.has(type);
};

/**
 * The body: known blocks are validated strictly and reported with their path; a block of a type
 * we don't know (newer content, a typo) is dropped so that one block never takes down an article.
 * Which blocks were dropped is told by `findDroppedBlocks`, so parsing stays a pure function.
 */
export const bodySchema = z
  .array(z.unknown())
  .max(2_000)
  .transform((items, ctx) => {
    const blocks: Block[] = [];
    items.forEach((item, index) => {
      if (!isKnownBlock(item)) return;
      const result = blockSchema.safeParse(item);
      if (result.success) blocks.push(result.data);
      else
        for (const issue of result.error.issues)
          ctx.addIssue({ code: 'custom', message: issue.message, path: [index, ...issue.path] });
    });
    return blocks;
  });

export type DroppedBlock = { path: string; type: unknown };

/** The items of a list of blocks (at `path`, such as `body`) that `bodySchema` will drop, as they were written. */
export function findDroppedBlocks(list: unknown, path: string): DroppedBlock[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => (isKnownBlock(item) ? [] : [{ path: `${path}.${index}`, type: typeOf(item) }]));
}
