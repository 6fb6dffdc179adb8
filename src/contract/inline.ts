import { z } from './zod';
import { safeHref } from './safe-url';

// Inline text is structured, never an HTML string, so nothing from content can become markup.
export const textRunSchema = z
  .object({
    type: z.literal('text'),
    text: z.string().max(20_000),
    em: z.boolean().optional(),
    strong: z.boolean().optional(),
  })
  .strict();

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
export const inlineSchema = z.union([z.string().max(20_000), textRunSchema, linkSchema]);
export const inlineContentSchema = z.array(inlineSchema).min(1).max(500);

export type TextRun = z.infer<typeof textRunSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Inline = z.infer<typeof inlineSchema>;
