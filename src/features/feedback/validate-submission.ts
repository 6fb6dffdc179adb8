import type { Problem } from '../../contract/api';
import { COMMENT_MAX, feedbackSubmissionSchema, type FeedbackSubmission } from '../../contract/feedback';
import {
  formErrorsFromIssues,
  tidyErrors,
  tooLongMessage as tooLong,
  toField,
  type FormError,
} from '../../contract/feedback-form';

export type { FieldName, FormError } from '../../contract/feedback-form';

export const tooLongMessage = (label: string) => tooLong(label, COMMENT_MAX);

/** The same schema the server applies, run before anything is sent. */
export function checkSubmission(
  input: unknown,
  commentLabel: string,
): { ok: true; data: FeedbackSubmission } | { ok: false; errors: FormError[] } {
  const parsed = feedbackSubmissionSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, errors: formErrorsFromIssues(parsed.error.issues, commentLabel) };
}

/** A refusal from the server, as errors the form can show. */
export function errorsFromProblem(status: number, problem: Problem | undefined): FormError[] {
  const fieldErrors = (problem?.errors ?? []).map((e): FormError => {
    const field = toField(e.path);
    return field ? { field, message: e.message } : { message: e.message };
  });
  if (fieldErrors.length > 0) return tidyErrors(fieldErrors);
  return [{ message: problem?.detail ?? `Your feedback could not be sent (error ${status}).` }];
}
