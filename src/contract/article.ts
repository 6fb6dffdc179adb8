import { z } from './zod';
import { bodySchema } from './blocks';
import { imageSchema } from './image';

export const SCHEMA_VERSION = 1;

export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Slug must be lowercase letters, digits and single hyphens' });

export const sectionIdSchema = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Section id must be lowercase letters, digits and hyphens' });

export const isoDateTime = z.iso.datetime({ offset: true });

export const bylineSchema = z
  .array(z.object({ name: z.string().min(1).max(120), role: z.string().max(120).optional() }).strict())
  .min(1)
  .max(10);

export const articleSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    slug: slugSchema,
    section: sectionIdSchema,
    headline: z.string().min(1).max(300),
    summary: z.string().min(1).max(2_000),
    byline: bylineSchema,
    publishedAt: isoDateTime,
    updatedAt: isoDateTime.optional(),
    hero: imageSchema.optional(),
    body: bodySchema,
    tags: z.array(z.string().min(1).max(60)).max(30).default([]),
    related: z.array(slugSchema).max(20).optional(),
  })
  .strict()
  .refine((a) => !a.updatedAt || Date.parse(a.updatedAt) >= Date.parse(a.publishedAt), {
    message: 'updatedAt must not be before publishedAt',
    path: ['updatedAt'],
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

export function toSummary({ slug, section, headline, summary, publishedAt, updatedAt, hero }: Article): ArticleSummary {
  return { slug, section, headline, summary, publishedAt, updatedAt, hero };
}
