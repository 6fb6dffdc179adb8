import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// Budgets live in bench/budgets.json (reviewed like code); this reads and checks them once.
// Sizes are bytes (a kB is 1,000 bytes, as Vite prints it); times are milliseconds; RSS is MiB.
const budgetsSchema = z
  .object({
    bundle: z
      .object({ initialJsBrotliBytes: z.number().positive(), initialCssBrotliBytes: z.number().positive() })
      .strict(),
    lighthouse: z
      .object({
        performance: z.number().min(0).max(100),
        accessibility: z.number().min(0).max(100),
        bestPractices: z.number().min(0).max(100),
        seo: z.number().min(0).max(100),
        lcpMs: z.number().positive(),
        cls: z.number().min(0),
        tbtMs: z.number().min(0),
        /** The article's LCP over the same page's with every script removed, served as one brotli file. */
        lcpToLimitRatio: z.number().min(1),
        /** A scripted reader's interactions (widget, typing, send, a link) at 4x CPU: latency at p75. */
        inpP75Ms: z.number().positive(),
      })
      .strict(),
    load: z
      .object({
        articleApiRps: z.number().positive(),
        articleApiP99Ms: z.number().positive(),
        articlePageRps: z.number().positive(),
        articlePageP99Ms: z.number().positive(),
        feedbackAcknowledgedPerSec: z.number().positive(),
      })
      .strict(),
    cluster: z
      .object({
        /** The article page through Varnish (deploy/varnish/default.vcl). */
        cachedPageRps: z.number().positive(),
        cachedPageP99Ms: z.number().positive(),
        /** Acknowledged feedback writes per second into PostgreSQL. */
        postgresFeedbackPerSec: z.number().positive(),
      })
      .strict(),
    csvExport: z
      .object({
        /** Rows in the database the whole CSV is exported from. */
        rows: z.number().int().positive(),
        /** The server's RSS growth while it streams them (150 MB is 143 MiB). */
        rssGrowthMiB: z.number().positive(),
        /** The longest the server's event loop may stall meanwhile. */
        maxStallMs: z.number().positive(),
      })
      .strict(),
    contentPull: z
      .object({
        /** The folder the running server follows. */
        articles: z.number().int().positive(),
        /** Files a pull changes at once (edited, added and removed). */
        changedFiles: z.number().int().positive(),
        /** The longest the server's event loop may stall while it applies them. */
        maxStallMs: z.number().positive(),
      })
      .strict(),
    scale: z
      .object({
        /** The content size the scale budgets apply at; below it (--scale-max) they are "not measured". */
        articles: z.number().int().positive(),
        /** A restart over an unchanged folder: the index in DATA_DIR is read, no file is parsed. */
        startMs: z.number().positive(),
        /** The first start over the folder, with an empty DATA_DIR: every file parsed and indexed. */
        firstBuildMs: z.number().positive(),
        /** After the restart (the figure a long-running server has). */
        rssMiB: z.number().positive(),
        /** p99 at `articles` may be at most this multiple of the p99 with the smallest set (100). */
        p99GrowthMax: z.number().positive(),
      })
      .strict(),
  })
  .strict();

export type Budgets = z.infer<typeof budgetsSchema>;

export const BUDGETS_FILE = path.join(import.meta.dirname, 'budgets.json');

export function loadBudgets(file = BUDGETS_FILE): Budgets {
  const result = budgetsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file} is invalid: ${z.prettifyError(result.error)}`);
  return result.data;
}
