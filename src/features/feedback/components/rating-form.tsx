import { useState, type RefObject } from 'react';
import { NO_REASONS, YES_REASONS } from '../../../contract/feedback';
import { COMMENT_LABELS, FEEDBACK_TARGETS } from '../../../contract/feedback-form';
import { RATING_SENT_MESSAGE } from '../feedback-messages';
import type { NoScriptForm } from '../no-script-start';
import { timeOnPage } from '../time-on-page';
import { useFeedbackSubmission } from '../use-feedback-submission';
import { CommentField } from './comment-field';
import { FeedbackFormShell } from './feedback-form-shell';
import { OptionsField } from './options-field';

const COMMENT_ID = 'feedback-comment';
const REASON_PREFIX = 'feedback-reason';

export type RatingFormProps = {
  slug: string;
  helpful: boolean;
  /** `performance.now()` when the widget mounted: the spam signal `timeOnPageMs` counts from it. */
  startedAt: RefObject<number>;
  onFinished: (finished: boolean) => void;
  /** Whether the comment holds text: the widget warns before it is lost. */
  onDraftChange: (hasDraft: boolean) => void;
  /** Rendered by the server for a reader without JavaScript: the key to post with, and what they sent before. */
  noScript?: NoScriptForm;
};

/** The follow-up to Yes or No (loaded only once the reader has chosen): reasons, a comment, send. */
export function RatingForm({ slug, helpful, startedAt, onFinished, onDraftChange, noScript }: RatingFormProps) {
  const [picked, setPicked] = useState<string[]>(noScript?.reasons ?? []);
  const [comment, setComment] = useState(noScript?.comment ?? '');
  const submission = useFeedbackSubmission({
    slug,
    commentLabel: COMMENT_LABELS.rating,
    onFinished,
    initialErrors: noScript?.errors,
  });
  const options: readonly string[] = helpful ? YES_REASONS : NO_REASONS;
  // Reasons ticked under the other answer are remembered if the reader switches back, never sent.
  const reasons = options.filter((reason) => picked.includes(reason));
  const errorFor = (field: string) => submission.errors.find((e) => e.field === field)?.message;

  const adoptComment = (value: string) => {
    setComment(value);
    onDraftChange(value.trim() !== '');
  };
  const toggle = (reason: string) =>
    setPicked((current) => (current.includes(reason) ? current.filter((r) => r !== reason) : [...current, reason]));

  return (
    <FeedbackFormShell
      idPrefix="feedback"
      submission={submission}
      fieldIds={{ reasons: `${REASON_PREFIX}-0`, comment: COMMENT_ID }}
      submitLabel="Send feedback"
      sentMessage={RATING_SENT_MESSAGE}
      slug={slug}
      postTarget={FEEDBACK_TARGETS.ratingErrors}
      hidden={{ kind: 'rating', helpful: helpful ? 'yes' : 'no', idempotencyKey: noScript?.idempotencyKey }}
      onAdopt={(fields) => {
        const ticked = fields.getAll('reasons').map(String);
        setPicked((current) => [...current.filter((reason) => !options.includes(reason)), ...ticked]);
        adoptComment(String(fields.get('comment') ?? ''));
      }}
      onSubmit={(website) =>
        submission.submit({
          kind: 'rating',
          helpful,
          reasons,
          comment: comment.trim() ? comment : undefined,
          website,
          timeOnPageMs: timeOnPage(startedAt.current),
        })
      }
    >
      <OptionsField
        type="checkbox"
        idPrefix={REASON_PREFIX}
        name="reasons"
        legend={helpful ? 'What did you like about it? (optional)' : 'What was the problem? (optional)'}
        hint="Select all that apply."
        options={options}
        selected={reasons}
        onToggle={toggle}
        error={errorFor('reasons')}
      />
      <CommentField
        id={COMMENT_ID}
        label="Tell us more (optional)"
        value={comment}
        onChange={adoptComment}
        error={errorFor('comment')}
      />
    </FeedbackFormShell>
  );
}
