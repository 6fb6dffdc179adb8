import { useState, type RefObject } from 'react';
import { ERROR_CATEGORIES } from '../../../contract/feedback';
import { COMMENT_LABELS, FEEDBACK_TARGETS } from '../../../contract/feedback-form';
import { REPORT_SENT_MESSAGE } from '../feedback-messages';
import type { NoScriptForm } from '../no-script-start';
import { timeOnPage } from '../time-on-page';
import { useFeedbackSubmission } from '../use-feedback-submission';
import { CommentField } from './comment-field';
import { FeedbackFormShell } from './feedback-form-shell';
import { OptionsField } from './options-field';

const DESCRIPTION_ID = 'report-description';
const CATEGORY_PREFIX = 'report-category';

export type ErrorReportFormProps = {
  slug: string;
  startedAt: RefObject<number>;
  onFinished: (finished: boolean) => void;
  /** Whether the description holds text: the widget warns before it is lost. */
  onDraftChange: (hasDraft: boolean) => void;
  /** Rendered by the server for a reader without JavaScript: the key to post with, and what they sent before. */
  noScript?: NoScriptForm;
};

/** "Report an error in this article" (loaded only when the reader opens it): a category and a description. */
export function ErrorReportForm({ slug, startedAt, onFinished, onDraftChange, noScript }: ErrorReportFormProps) {
  const [category, setCategory] = useState(noScript?.category ?? '');
  const [description, setDescription] = useState(noScript?.comment ?? '');
  const submission = useFeedbackSubmission({
    slug,
    commentLabel: COMMENT_LABELS['error-report'],
    onFinished,
    initialErrors: noScript?.errors,
  });
  const errorFor = (field: string) => submission.errors.find((e) => e.field === field)?.message;
  const describe = (value: string) => {
    setDescription(value);
    onDraftChange(value.trim() !== '');
  };

  return (
    <FeedbackFormShell
      idPrefix="report"
      submission={submission}
      fieldIds={{ category: `${CATEGORY_PREFIX}-0`, comment: DESCRIPTION_ID }}
      submitLabel="Send report"
      sentMessage={REPORT_SENT_MESSAGE}
      slug={slug}
      postTarget={FEEDBACK_TARGETS.reportErrors}
      hidden={{ kind: 'error-report', idempotencyKey: noScript?.idempotencyKey }}
      onAdopt={(fields) => {
        setCategory(String(fields.get('category') ?? ''));
        describe(String(fields.get('comment') ?? ''));
      }}
      onSubmit={(website) =>
        submission.submit({
          kind: 'error-report',
          category,
          comment: description,
          website,
          timeOnPageMs: timeOnPage(startedAt.current),
        })
      }
    >
      <OptionsField
        type="radio"
        idPrefix={CATEGORY_PREFIX}
        name="category"
        legend="What kind of error is it?"
        options={ERROR_CATEGORIES}
        selected={[category]}
        onToggle={setCategory}
        error={errorFor('category')}
        required
      />
      <CommentField
        id={DESCRIPTION_ID}
        label="Describe the error"
        value={description}
        onChange={describe}
        error={errorFor('comment')}
        required
      />
    </FeedbackFormShell>
  );
}
