import { z } from './zod';
import { articleNoteSchema, isoDateTime } from './article-note';
import { articleDescription } from './article-text';
import { bodySchema, standfirstSchema } from './blocks';
import { imageSchema } from './image';
import { sectionIdSchema } from './section-id';

/** The version an article is served in; files of an older one are upgraded on load (`article-upgrade.ts`). */
export const SCHEMA_VERSION = 2;

export { sectionIdSchema };

export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Slug must be lowercase letters, digits and single hyphens' });

export { isoDateTime };

/** Someone who made the article: `profile` is the slug of their author profile, kept for author pages. */
export const contributorSchema = z
  .object({ name: z.string().min(1).max(120), role: z.string().max(120).optional(), profile: slugSchema.optional() })
  .strict();

/** Sponsored features, videos and cartoons often name no one: the byline may be empty. */
export const bylineSchema = z.array(contributorSchema).max(10);

export const articleSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION, {
      error: `schemaVersion must be ${SCHEMA_VERSION} (files of version 1 are upgraded when they load)`,
    }),
    slug: slugSchema,
    section: sectionIdSchema,
    headline: z.string().min(1).max(300),
    // The standfirst, plain or rich. Lists and the page description use its text, or else the first paragraph's
    // (`articleDescription`).
    summary: standfirstSchema.optional(),
    byline: bylineSchema.default([]),
    publishedAt: isoDateTime,
    updatedAt: isoDateTime.optional(),
    hero: imageSchema.optional(),
    body: bodySchema,
    tags: z.array(z.string().min(1).max(60)).max(30).default([]),
    related: z.array(slugSchema).max(20).optional(),
    // Corrections and editor's notes, each dated and placed at the top or the foot.
    notes: z.array(articleNoteSchema).max(20).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    const published = Date.parse(a.publishedAt);
    if (a.updatedAt && Date.parse(a.updatedAt) < published)
      ctx.addIssue({ code: 'custom', message: 'updatedAt must not be before publishedAt', path: ['updatedAt'] });
    a.notes?.forEach((note, i) => {
      if (Date.parse(note.date) < published)
        ctx.addIssue({
          code: 'custom',
          message: 'A note must not be dated before publishedAt',
          path: ['notes', i, 'date'],
        });
    });
  });

export const articleSummarySchema = z
  .object({
    slug: slugSchema,
    section: sectionIdSchema,
    headline: z.string(),
    summary: z.string(),
    publishedAt: isoDateTime,
    updatedAt: isoDateTime.optional(),
    hero: imageSchema.optional(),
  })
  .strict();

export type Article = z.infer<typeof articleSchema>;
export type ArticleInput = z.input<typeof articleSchema>;
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export function toSummary(article: Article): ArticleSummary {
  const { slug, section, headline, publishedAt, updatedAt, hero } = article;
  return { slug, section, headline, summary: articleDescription(article), publishedAt, updatedAt, hero };
}
