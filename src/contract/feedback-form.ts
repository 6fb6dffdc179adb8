// The "Help us improve" widget as plain HTML forms, for a reader without JavaScript (or before it has run).
// No zod here: this module is in every reader's first download; the submission is checked by the contract's
// schema (feedback.ts) on the server, exactly as a JSON one.

/** `?feedback=` in an article's address: which step of the widget the server renders. */
export const FEEDBACK_STEP_PARAM = 'feedback';
import { paths } from '../lib/paths';
/** `&key=`: the idempotency key the step's form carries, made by the server when the reader chose. */
export const FEEDBACK_KEY_PARAM = 'key';

/** Steps with a form (carrying a key), and the thank-you steps a successful post redirects to. */
export const FORM_STEPS = ['yes', 'no', 'report'] as const;
export const THANKS_STEPS = ['sent', 'reported'] as const;
export type FormStep = (typeof FORM_STEPS)[number];
export type ThanksStep = (typeof THANKS_STEPS)[number];
export type FeedbackStep = { step: FormStep; key: string } | { step: ThanksStep };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The step named in an address, if it is one the widget has (a form step only with a well-formed key). */
export function readFeedbackStep(params: URLSearchParams): FeedbackStep | undefined {
  const step = params.get(FEEDBACK_STEP_PARAM);
  const key = params.get(FEEDBACK_KEY_PARAM) ?? '';
  if ((THANKS_STEPS as readonly string[]).includes(step ?? '')) return { step: step as ThanksStep };
  if ((FORM_STEPS as readonly string[]).includes(step ?? '') && UUID.test(key)) return { step: step as FormStep, key };
  return undefined;
}

/** Ids the server's redirects point at (`#…`), so the browser moves focus there as the page loads. */
export const FEEDBACK_TARGETS = {
  yes: 'feedback-reason-0',
  no: 'feedback-reason-0',
  report: 'report-category-0',
  sent: 'feedback-sent',
  reported: 'report-sent',
  ratingErrors: 'feedback-error-summary',
  reportErrors: 'report-error-summary',
} as const;

export const feedbackStepUrl = (slug: string, step: FeedbackStep): string => {
  const params = new URLSearchParams({ [FEEDBACK_STEP_PARAM]: step.step });
  if ('key' in step) params.set(FEEDBACK_KEY_PARAM, step.key);
  return `${paths.article(slug)}?${params.toString()}#${FEEDBACK_TARGETS[step.step]}`;
};

/** The fields a reader can fix; anything else the server complains about is shown without a link. */
export const FIELD_NAMES = ['reasons', 'category', 'comment'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export type FormError = { field?: FieldName; message: string };

export function toField(path: readonly PropertyKey[] | string): FieldName | undefined {
  const head = typeof path === 'string' ? path.split('.')[0] : path[0];
  return FIELD_NAMES.find((name) => name === head);
}

/** One message per field, in the order the fields appear. */
export function tidyErrors(errors: FormError[]): FormError[] {
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const id = e.field ?? e.message;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const order = (e: FormError) => (e.field ? FIELD_NAMES.indexOf(e.field) : FIELD_NAMES.length);
  return unique.sort((a, b) => order(a) - order(b));
}

/** How the comment is named in its form's error messages. */
export const COMMENT_LABELS = { rating: 'Tell us more', 'error-report': 'The description' } as const;

const formatCount = (n: number) => n.toLocaleString('en-US');
export const tooLongMessage = (label: string, max: number) =>
  `${label} must be ${formatCount(max)} characters or fewer`;

/** The schema's issues as the form shows them, in the browser's check and the server's alike. */
export function formErrorsFromIssues(
  issues: readonly { path: readonly PropertyKey[]; code: string; maximum?: unknown; message: string }[],
  commentLabel: string,
): FormError[] {
  const errors = issues.map((issue): FormError => {
    const field = toField(issue.path);
    const message =
      field === 'comment' && issue.code === 'too_big' && typeof issue.maximum === 'number'
        ? tooLongMessage(commentLabel, issue.maximum)
        : issue.message;
    return field ? { field, message } : { message };
  });
  return tidyErrors(errors);
}

/**
 * What a plain form post left on the page when it was not accepted: the reader's answers as they sent them,
 * the key to send them again with, and what was wrong. Rendered into the article page (never cached).
 */
export type PostedFeedback = {
  slug: string;
  kind: 'rating' | 'error-report';
  idempotencyKey: string;
  helpful: boolean;
  reasons: string[];
  comment: string;
  category: string;
  errors: FormError[];
};

/** The form's fields as the reader sent them, and the submission they make for the contract's schema to check. */
export function readFeedbackForm(slug: string, fields: URLSearchParams) {
  const kind = fields.get('kind') === 'error-report' ? 'error-report' : 'rating';
  const posted: PostedFeedback = {
    slug,
    kind,
    idempotencyKey: fields.get('idempotencyKey') ?? '',
    helpful: fields.get('helpful') !== 'no',
    reasons: fields.getAll('reasons'),
    comment: fields.get('comment') ?? '',
    category: fields.get('category') ?? '',
    errors: [],
  };
  const helpful = fields.get('helpful');
  const website = fields.get('website') || undefined;
  const input =
    kind === 'rating'
      ? {
          idempotencyKey: posted.idempotencyKey,
          kind,
          // Anything but yes or no is left for the schema to refuse, naming the field.
          helpful: helpful === 'yes' ? true : helpful === 'no' ? false : helpful,
          reasons: posted.reasons,
          comment: posted.comment.trim() ? posted.comment : undefined,
          website,
        }
      : {
          idempotencyKey: posted.idempotencyKey,
          kind,
          category: posted.category || undefined,
          comment: posted.comment,
          website,
        };
  return { posted, input };
}
