import { z } from './zod';
import { safeHref } from './safe-url';

// Inline text is structured, never an HTML string, so nothing from content can become markup. As in Portable
// Text, styles that carry no data are flags on a text run; a link, which carries its address, is a node.
export const textRunSchema = z
  .object({
    type: z.literal('text'),
    text: z.string().max(20_000),
    em: z.boolean().optional(),
    strong: z.boolean().optional(),
    // Raised or lowered: 10², H₂O, footnote marks. One or the other, not both.
    sup: z.boolean().optional(),
    sub: z.boolean().optional(),
  })
  .strict()
  .refine((run) => !(run.sup && run.sub), { message: 'A text run is raised (sup) or lowered (sub), not both' });

/** A line break inside a paragraph: recipe ingredients, a Q&A's lead-in, lines of verse. */
export const lineBreakSchema = z.object({ type: z.literal('lineBreak') }).strict();

export const linkSchema = z
  .object({
    type: z.literal('link'),
    href: safeHref,
    children: z
      .array(z.union([z.string().max(2_000), textRunSchema]))
      .min(1)
      .max(50),
  })
  .strict();

/** A plain string is shorthand for an unstyled text run. */
export const inlineSchema = z.union([z.string().max(20_000), textRunSchema, lineBreakSchema, linkSchema]);
export const inlineContentSchema = z.array(inlineSchema).min(1).max(500);

export type TextRun = z.infer<typeof textRunSchema>;
export type LineBreak = z.infer<typeof lineBreakSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Inline = z.infer<typeof inlineSchema>;
