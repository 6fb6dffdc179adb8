import { z } from './zod';
import { inlineContentSchema } from './inline';

export const isoDateTime = z.iso.datetime({ offset: true });

/**
 * A dated note an editor adds to an article: a correction, or an editor's note (context, an update on the
 * story's status). Each says where it is shown: at the top, before the story, or at its foot.
 */
export const articleNoteSchema = z
  .object({
    kind: z.enum(['correction', 'editorsNote']),
    date: isoDateTime,
    placement: z.enum(['top', 'foot']),
    content: inlineContentSchema.max(100),
  })
  .strict();

export type ArticleNote = z.infer<typeof articleNoteSchema>;
