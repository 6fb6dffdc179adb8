import { z } from './zod';
import { inlineContentSchema, inlineSchema } from './inline';

/** A cell's inline content; a cell may be empty. */
const cellSchema = z.array(inlineSchema).max(100);
const rowSchema = z.array(cellSchema).min(1).max(50);

/**
 * A table of data: an optional header row (column headers), body rows, and optionally the first cell of each row
 * as that row's header. `align` is per column, as Markdown tables write it (numbers read best aligned right).
 */
export const tableBlock = z
  .object({
    type: z.literal('table'),
    caption: inlineContentSchema.max(50).optional(),
    head: rowSchema.optional(),
    rows: z.array(rowSchema).min(1).max(1_000),
    rowHeaders: z.boolean().optional(),
    align: z
      .array(z.enum(['left', 'center', 'right']).nullable())
      .max(50)
      .optional(),
  })
  .strict()
  .superRefine((table, ctx) => {
    const columns = (table.head ?? table.rows[0] ?? []).length;
    const where = table.head ? 'its header row' : 'its first row';
    table.rows.forEach((row, i) => {
      if (row.length !== columns)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `This row has ${row.length} cells; the table has ${columns} column${columns === 1 ? '' : 's'} (from ${where})`,
        });
    });
    if (table.align && table.align.length !== columns)
      ctx.addIssue({
        code: 'custom',
        path: ['align'],
        message: `align names ${table.align.length} columns, not ${columns}`,
      });
  });

export type TableBlock = z.infer<typeof tableBlock>;
export type TableAlign = NonNullable<TableBlock['align']>[number];
