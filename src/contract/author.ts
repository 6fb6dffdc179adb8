import { z } from './zod';

/** An author's profile, written as content in `content/authors/<slug>.json` (the slug of the byline's name). */
export const authorProfileSchema = z
  .object({
    name: z.string().min(1).max(120),
    role: z.string().min(1).max(120).optional(),
    bio: z.string().min(1).max(600).optional(),
  })
  .strict();

export type AuthorProfile = z.infer<typeof authorProfileSchema>;
