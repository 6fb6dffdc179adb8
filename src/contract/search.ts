import { sectionIdSchema, slugSchema } from './article';
import { z } from './zod';

/** Longer than this is pasted text, not a question: it gets a message saying so. */
export const MAX_QUERY_LENGTH = 500;
export const SEARCH_PAGE_SIZE = 10;

export const searchQuerySchema = z
  .object({
    q: z
      .string({ message: 'Type the words to search for' })
      .trim()
      .min(1, { message: 'Type the words to search for', abort: true })
      .max(MAX_QUERY_LENGTH, { message: `Use at most ${MAX_QUERY_LENGTH} characters`, abort: true })
      .refine((q) => /[\p{L}\p{N}]/u.test(q), { message: 'Use at least one letter or digit' }),
    cursor: z
      .string()
      .max(40)
      .regex(/^[A-Za-z0-9_-]+$/, { message: 'Cursor is not one this server issued' })
      .optional(),
  })
  .strict();

/** Text with the spans to highlight, as [start, end) offsets into `text`: the page marks them, no HTML is sent. */
export const highlightedTextSchema = z.object({
  text: z.string(),
  highlights: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])),
});

export const searchHitSchema = z.object({
  slug: slugSchema,
  section: sectionIdSchema,
  headline: highlightedTextSchema,
  snippet: highlightedTextSchema,
  publishedAt: z.string(),
});

export const searchPageSchema = z.object({
  query: z.string(),
  hits: z.array(searchHitSchema),
  total: z.number().int().min(0),
  /** How many hits come before this page's first one: page 2 of ten a page starts at 10. */
  offset: z.number().int().min(0),
  nextCursor: z.string().nullable(),
  /** The page before this one; `null` on the first page. */
  previousCursor: z.string().nullable(),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;
export type HighlightedText = z.infer<typeof highlightedTextSchema>;
export type SearchHit = z.infer<typeof searchHitSchema>;
export type SearchPage = z.infer<typeof searchPageSchema>;
