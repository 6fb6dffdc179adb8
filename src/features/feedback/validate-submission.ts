import type { Problem } from '../../contract/api';
import { COMMENT_MAX, feedbackSubmissionSchema, type FeedbackSubmission } from '../../contract/feedback';

/** The fields a reader can fix; anything else the server complains about is shown without a link. */
export const FIELD_NAMES = ['reasons', 'category', 'comment'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export type FormError = { field?: FieldName; message: string };

const formatCount = (n: number) => n.toLocaleString('en-US');
export const tooLongMessage = (label: string) => `${label} must be ${formatCount(COMMENT_MAX)} characters or fewer`;

function toField(path: readonly PropertyKey[] | string): FieldName | undefined {
  const head = typeof path === 'string' ? path.split('.')[0] : path[0];
  return FIELD_NAMES.find((name) => name === head);
}

/** One message per field, in the order the fields appear. */
function tidy(errors: FormError[]): FormError[] {
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

/** The same schema the server applies, run before anything is sent. */
export function checkSubmission(
  input: unknown,
  commentLabel: string,
): { ok: true; data: FeedbackSubmission } | { ok: false; errors: FormError[] } {
  const parsed = feedbackSubmissionSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors = parsed.error.issues.map((issue): FormError => {
    const field = toField(issue.path);
    const message = field === 'comment' && issue.code === 'too_big' ? tooLongMessage(commentLabel) : issue.message;
    return field ? { field, message } : { message };
  });
  return { ok: false, errors: tidy(errors) };
}

/** A refusal from the server, as errors the form can show. */
export function errorsFromProblem(status: number, problem: Problem | undefined): FormError[] {
  const fieldErrors = (problem?.errors ?? []).map((e): FormError => {
    const field = toField(e.path);
    return field ? { field, message: e.message } : { message: e.message };
  });
  if (fieldErrors.length > 0) return tidy(fieldErrors);
  return [{ message: problem?.detail ?? `Your feedback could not be sent (error ${status}).` }];
}
