import { z } from './zod';
import { countCharacters, hasLoneSurrogate } from './characters';

// One definition of a feedback submission, used by the widget, the outbox and the server.
export const NO_REASONS = [
  'Factual error',
  'Missing context',
  'Hard to follow',
  'Misleading headline',
  'Something else',
] as const;
export const YES_REASONS = ['Clear', 'Informative', 'Well sourced', 'Something else'] as const;
export const ERROR_CATEGORIES = [
  'Factual error',
  'Spelling or grammar',
  'Broken link or image',
  'Out of date',
  'Something else',
] as const;
export const COMMENT_MAX = 2_000;
/** Submissions faster than this after the page opened are very likely bots. */
export const MIN_TIME_ON_PAGE_MS = 3_000;

const idempotencyKey = z.uuid({ message: 'Must be a UUID generated for this submission' });
// Characters are code points (see characters.ts); a lone surrogate is refused rather than stored as broken UTF-8.
const comment = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    if (hasLoneSurrogate(text))
      ctx.addIssue({ code: 'custom', message: 'Contains a broken character (a lone surrogate); remove it' });
    if (countCharacters(text) > COMMENT_MAX)
      ctx.addIssue({
        code: 'too_big',
        origin: 'string',
        maximum: COMMENT_MAX,
        inclusive: true,
        message: `Must be ${COMMENT_MAX} characters or fewer`,
      });
  });
// Spam signals, never shown: a field people can't see (bots fill it) and how long the page had been open.
const spamSignals = {
  website: z.string().max(500).optional(),
  timeOnPageMs: z
    .number()
    .int()
    .min(0)
    .max(86_400_000 * 30)
    .optional(),
};

export const ratingSubmissionSchema = z
  .object({
    idempotencyKey,
    kind: z.literal('rating'),
    helpful: z.boolean({ message: 'Choose Yes or No' }),
    reasons: z
      .array(z.enum([...NO_REASONS, ...YES_REASONS]))
      .max(5)
      .default([]),
    comment: comment.optional(),
    ...spamSignals,
  })
  .strict()
  .superRefine((value, ctx) => {
    const allowed: readonly string[] = value.helpful ? YES_REASONS : NO_REASONS;
    value.reasons.forEach((reason, index) => {
      if (!allowed.includes(reason))
        ctx.addIssue({
          code: 'custom',
          path: ['reasons', index],
          message: `"${reason}" is not a reason for this answer`,
        });
    });
    if (new Set(value.reasons).size !== value.reasons.length)
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'Each reason may be given once' });
  });

export const errorReportSubmissionSchema = z
  .object({
    idempotencyKey,
    kind: z.literal('error-report'),
    category: z.enum(ERROR_CATEGORIES, { message: 'Choose what kind of error it is' }),
    comment: comment.min(1, { message: 'Describe the error' }),
    ...spamSignals,
  })
  .strict();

export const feedbackSubmissionSchema = z.discriminatedUnion(
  'kind',
  [ratingSubmissionSchema, errorReportSubmissionSchema],
  {
    message: 'kind must be "rating" or "error-report"',
  },
);

export type RatingSubmission = z.infer<typeof ratingSubmissionSchema>;
export type ErrorReportSubmission = z.infer<typeof errorReportSubmissionSchema>;
export type FeedbackSubmission = z.infer<typeof feedbackSubmissionSchema>;
export type FeedbackSubmissionInput = z.input<typeof feedbackSubmissionSchema>;

/** `duplicate`: the same comment from the same reader a moment ago; the earlier submission's id. */
export const feedbackReceiptSchema = z.object({ id: z.string(), status: z.enum(['created', 'replayed', 'duplicate']) });
export type FeedbackReceipt = z.infer<typeof feedbackReceiptSchema>;

// What editors read.
export const feedbackItemSchema = z.object({
  id: z.string(),
  articleSlug: z.string(),
  kind: z.enum(['rating', 'error-report']),
  helpful: z.boolean().nullable(),
  reasons: z.array(z.string()),
  comment: z.string().nullable(),
  category: z.string().nullable(),
  createdAt: z.string(),
  spam: z.boolean(),
});

export const articleFeedbackSummarySchema = z.object({
  articleSlug: z.string(),
  headline: z.string().nullable(),
  yes: z.number().int(),
  no: z.number().int(),
  errorReports: z.number().int(),
  reasons: z.record(z.string(), z.number().int()),
});

export const feedbackReportSchema = z.object({
  totals: z.object({
    yes: z.number().int(),
    no: z.number().int(),
    errorReports: z.number().int(),
    /** Suspected spam in the same selection, left out unless the spam view is asked for. */
    heldBack: z.number().int(),
    reasons: z.record(z.string(), z.number().int()),
  }),
  /** Ratings per UTC day, oldest first, for the "share of Yes" chart. */
  daily: z.array(z.object({ day: z.string(), yes: z.number().int(), no: z.number().int() })),
  /** Reasons given with ratings, per answer, most given first: the "reasons given" chart. */
  reasons: z.array(z.object({ answer: z.enum(['yes', 'no']), reason: z.string(), count: z.number().int() })),
  articles: z.array(articleFeedbackSummarySchema),
  recent: z.array(feedbackItemSchema),
});

export const feedbackReportQuerySchema = z
  .object({
    article: z.string().max(120).optional(),
    from: z.iso.date({ message: 'Use a date like 2026-11-23' }).optional(),
    to: z.iso.date({ message: 'Use a date like 2026-11-23' }).optional(),
    /** `only`: the suspected spam view; `include`: everything. Left out, spam is held back. */
    spam: z.enum(['exclude', 'include', 'only'], { message: 'Use exclude, include or only' }).optional(),
  })
  .strict();

export const feedbackCsvQuerySchema = feedbackReportQuerySchema.extend({
  /** `1` starts the file with a UTF-8 byte order mark, which Excel needs to read it as UTF-8. */
  bom: z.enum(['0', '1'], { message: 'Use 1 for a byte order mark, 0 for none' }).optional(),
});

/** An editor's verdict on one item. */
export const spamVerdictSchema = z.object({ spam: z.boolean({ message: 'Use true or false' }) }).strict();

export const editorSignInSchema = z
  .object({ token: z.string().min(1, { message: 'Enter the editor token' }).max(500) })
  .strict();

export type FeedbackItem = z.infer<typeof feedbackItemSchema>;
export type ArticleFeedbackSummary = z.infer<typeof articleFeedbackSummarySchema>;
export type FeedbackReport = z.infer<typeof feedbackReportSchema>;
export type FeedbackReportQuery = z.infer<typeof feedbackReportQuerySchema>;
