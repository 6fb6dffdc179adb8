import { useEffect, useEffectEvent, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { FeedbackSubmissionState } from '../use-feedback-submission';
import type { FieldName } from '../validate-submission';
import { ErrorSummary } from './error-summary';
import { HoneypotField } from './honeypot-field';
import { RedactionConfirm } from './redaction-confirm';
import { StatusMessage } from './status-message';
import { paths } from '../../../lib/paths';

export const SAVED_MESSAGE = 'Saved — we’ll send it when you’re back online.';

type FeedbackFormShellProps = {
  /** Prefixes the ids of the summary and the hidden field, so two forms on a page never clash. */
  idPrefix: string;
  submission: FeedbackSubmissionState;
  fieldIds: Partial<Record<FieldName, string>>;
  submitLabel: string;
  /** What the reader is told once it has arrived: a rating and an error report are thanked for differently. */
  sentMessage: string;
  /** Without JavaScript the form posts to the article; a refusal comes back with the page at `#postTarget`. */
  slug: string;
  postTarget: string;
  /** Sent with a plain post; a field left undefined is not rendered. */
  hidden: Record<string, string | undefined>;
  onSubmit: (website: string) => void;
  /**
   * What the form's fields hold once React has it. A reader can tick and type in the server's HTML before the
   * form's script arrives; React keeps what the page shows then, so the form's state must take it from there.
   */
  onAdopt: (fields: FormData) => void;
  /** The fields: they read their own errors from `submission.errors`. */
  children: ReactNode;
};

/** What both feedback forms share: status message, error summary, redaction check, spam trap, send button. */
export function FeedbackFormShell({
  idPrefix,
  submission,
  fieldIds,
  submitLabel,
  sentMessage,
  slug,
  postTarget,
  hidden,
  onSubmit,
  onAdopt,
  children,
}: FeedbackFormShellProps) {
  const [website, setWebsite] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const adopt = useEffectEvent((form: HTMLFormElement) => {
    const fields = new FormData(form);
    setWebsite(String(fields.get('website') ?? ''));
    onAdopt(fields);
  });
  useEffect(() => {
    if (formRef.current) adopt(formRef.current);
  }, []);
  const { phase, errors, attempt, sending } = submission;
  const done = phase.kind === 'sent' || phase.kind === 'saved';

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!sending) onSubmit(website);
  }

  function editComment() {
    flushSync(() => submission.edit());
    if (fieldIds.comment) document.getElementById(fieldIds.comment)?.focus();
  }

  return (
    <div className="feedback-form">
      <StatusMessage
        message={phase.kind === 'sent' ? sentMessage : phase.kind === 'saved' ? SAVED_MESSAGE : undefined}
        focus={done && phase.focus}
      />
      {phase.kind === 'confirming' && (
        <RedactionConfirm
          preview={phase.body.comment ?? ''}
          sending={sending}
          onConfirm={submission.confirm}
          onEdit={editComment}
        />
      )}
      {phase.kind === 'editing' && (
        <form
          ref={formRef}
          method="post"
          action={`${paths.article(slug)}#${postTarget}`}
          noValidate
          onSubmit={handleSubmit}
        >
          {Object.entries(hidden).map(
            ([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />,
          )}
          {errors.length > 0 && (
            <ErrorSummary key={attempt} id={`${idPrefix}-error-summary`} errors={errors} fieldIds={fieldIds} />
          )}
          {children}
          <HoneypotField id={`${idPrefix}-website`} value={website} onChange={setWebsite} />
          <button type="submit" className="button" disabled={sending}>
            {sending ? 'Sending…' : submitLabel}
          </button>
        </form>
      )}
    </div>
  );
}
