import { useState, type RefObject } from 'react';
import { ERROR_CATEGORIES } from '../../../contract/feedback';
import { timeOnPage } from '../time-on-page';
import { useFeedbackSubmission } from '../use-feedback-submission';
import { CommentField } from './comment-field';
import { FeedbackFormShell } from './feedback-form-shell';
import { OptionsField } from './options-field';

const DESCRIPTION_ID = 'report-description';
const CATEGORY_PREFIX = 'report-category';
export const REPORT_SENT_MESSAGE = 'Thank you for reporting this — an editor will look into it.';

type ErrorReportFormProps = {
  slug: string;
  startedAt: RefObject<number>;
  onFinished: (finished: boolean) => void;
  /** Whether the description holds text: the widget warns before it is lost. */
  onDraftChange: (hasDraft: boolean) => void;
};

/** "Report an error in this article" (loaded only when the reader opens it): a category and a description. */
export function ErrorReportForm({ slug, startedAt, onFinished, onDraftChange }: ErrorReportFormProps) {
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const submission = useFeedbackSubmission({ slug, commentLabel: 'The description', onFinished });
  const errorFor = (field: string) => submission.errors.find((e) => e.field === field)?.message;

  return (
    <FeedbackFormShell
      idPrefix="report"
      submission={submission}
      fieldIds={{ category: `${CATEGORY_PREFIX}-0`, comment: DESCRIPTION_ID }}
      submitLabel="Send report"
      sentMessage={REPORT_SENT_MESSAGE}
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
        onChange={(value) => {
          setDescription(value);
          onDraftChange(value.trim() !== '');
        }}
        error={errorFor('comment')}
        required
      />
    </FeedbackFormShell>
  );
}
