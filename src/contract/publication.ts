import { z } from './zod';
import { SCHEMA_VERSION } from './article';
import { sectionIdSchema } from './section-id';

export const sectionSchema = z
  .object({ id: sectionIdSchema, name: z.string().min(1).max(60), description: z.string().max(300).optional() })
  .strict();

export const publicationSchema = z
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

export type Section = z.infer<typeof sectionSchema>;
export type Publication = z.infer<typeof publicationSchema>;
