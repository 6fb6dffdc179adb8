import { z } from './zod';
import { isoDateTime, slugSchema } from './article';
import { bodySchema } from './blocks';

/**
 * One of the site's own pages (about, corrections policy, contact, privacy), written as content like an article:
 * `content/pages/<slug>.md`, its fields in front matter and its text in the same blocks an article's body uses.
 * `footer` places it in every page's footer (lowest first); without it the page is served but not listed there.
 */
export const sitePageSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(1).max(120),
    description: z.string().min(1).max(300).optional(),
    updatedAt: isoDateTime.optional(),
    footer: z.number().int().min(1).max(99).optional(),
    body: bodySchema,
  })
  .strict();

/** How the footer links to a page. */
export const sitePageLinkSchema = z.object({ slug: slugSchema, title: z.string() }).strict();

export type SitePage = z.infer<typeof sitePageSchema>;
export type SitePageLink = z.infer<typeof sitePageLinkSchema>;
