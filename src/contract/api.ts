import { z } from './zod';
import { articleSchema, articleSummarySchema, sectionIdSchema, slugSchema } from './article';
import { authorProfileSchema } from './author';

// Response shapes of the JSON API: the server builds them, the client parses them.
export const articleListSchema = z.object({
  items: z.array(articleSummarySchema),
  nextCursor: z.string().nullable(),
});
export const articleDetailSchema = z.object({
  article: articleSchema,
  related: z.array(articleSummarySchema),
  /** The end of the article: more from its section, and the next article to read. */
  moreInSection: z.array(articleSummarySchema),
  next: articleSummarySchema.nullable(),
});
/** A tag's page: its name as written in articles, and its articles newest first. */
export const tagPageSchema = articleListSchema.extend({ tag: z.object({ slug: z.string(), name: z.string() }) });
/** An author's page: the profile (from content, or the byline alone), and their articles newest first. */
export const authorPageSchema = articleListSchema.extend({ author: authorProfileSchema.extend({ slug: z.string() }) });
export const trendingSchema = z.object({ items: z.array(articleSummarySchema) });
/**
 * The front page: the top stories (the first is the lead), then each section's newest that are not among them,
 * in the publication's order (a section with none left is not listed). No story is sent twice, and summaries
 * come cut to what a list shows.
 */
export const frontPageSchema = z.object({
  top: z.array(articleSummarySchema),
  sections: z.array(z.object({ id: sectionIdSchema, items: z.array(articleSummarySchema).min(1) })),
});
/** The front page takes no parameters. */
export const frontPageQuerySchema = z.object({}).strict();

/** `article`: the one being read, left out of the list with its related articles. */
export const trendingQuerySchema = z.object({ article: slugSchema.optional() }).strict();

export const MAX_LIST_LIMIT = 50;
export const DEFAULT_LIST_LIMIT = 20;

const cursorSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'Cursor is not one this server issued' });

export const articleListQuerySchema = z
  .object({
    section: sectionIdSchema.optional(),
    limit: z.coerce.number().int().min(1).max(MAX_LIST_LIMIT).default(DEFAULT_LIST_LIMIT),
    cursor: cursorSchema.optional(),
  })
  .strict();

/** A page of a tag's or an author's articles. */
export const pageQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(MAX_LIST_LIMIT).default(DEFAULT_LIST_LIMIT),
    cursor: cursorSchema.optional(),
  })
  .strict();

export const problemSchema = z.object({
  type: z.string().optional(),
  title: z.string(),
  status: z.number(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export type ArticleList = z.infer<typeof articleListSchema>;
export type ArticleDetail = z.infer<typeof articleDetailSchema>;
export type TagPage = z.infer<typeof tagPageSchema>;
export type AuthorPage = z.infer<typeof authorPageSchema>;
export type Trending = z.infer<typeof trendingSchema>;
export type FrontPage = z.infer<typeof frontPageSchema>;
export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;
export type Problem = z.infer<typeof problemSchema>;
