import { z } from './zod';
import { imageSrc } from './safe-url';

export const imageSchema = z
  .object({
    src: imageSrc,
    alt: z.string().max(500),
    caption: z.string().max(1_000).optional(),
    credit: z.string().max(200).optional(),
    // Intrinsic size: the browser reserves the box before the file arrives, so nothing shifts.
    width: z.number().int().min(1).max(10_000),
    height: z.number().int().min(1).max(10_000),
  })
  .strict();

export type Image = z.infer<typeof imageSchema>;
