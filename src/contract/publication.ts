import { z } from './zod';
import { SCHEMA_VERSION } from './article';
import { sectionIdSchema } from './section-id';
import { sitePageLinkSchema } from './site-page';

export const sectionSchema = z
  .object({ id: sectionIdSchema, name: z.string().min(1).max(60), description: z.string().max(300).optional() })
  .strict();

/** `content/publication.json`. */
export const publicationFileSchema = z
  .object({
    // Publications have not changed shape: version 1 and 2 files mean the same.
    schemaVersion: z.union([z.literal(1), z.literal(SCHEMA_VERSION)]),
    name: z.string().min(1).max(100),
    description: z.string().max(300).optional(),
    locale: z.string().min(2).max(35).default('en-US'),
    timeZone: z.string().min(1).max(64).default('UTC'),
    sections: z.array(sectionSchema).min(1).max(50),
  })
  .strict();

/**
 * The publication as the API answers it: the file, and the site pages its footer links to (`content/pages/`, in
 * their `footer` order), filled in by the server.
 */
export const publicationSchema = publicationFileSchema.extend({
  pages: z.array(sitePageLinkSchema).max(20).default([]),
});

export type Section = z.infer<typeof sectionSchema>;
export type Publication = z.infer<typeof publicationSchema>;
