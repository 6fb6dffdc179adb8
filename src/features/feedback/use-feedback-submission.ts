import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { countCharacters } from '../../contract/characters';
import { COMMENT_MAX, type FeedbackSubmission } from '../../contract/feedback';
import { redactPersonalDetails } from '../../contract/redact';
import { useSendFeedback } from './api/send-feedback';
import { newIdempotencyKey } from './idempotency-key';
import { createOutbox, type OutboxEvent } from './outbox';
import { useOutboxHost } from './outbox-context';
import { rememberSent } from './sent-memory';
import { checkSubmission, errorsFromProblem, tooLongMessage, type FormError } from './validate-submission';

/** What a form holds: unchecked input (an unchosen category is ''), parsed by the contract on submit. */
export type Draft = { kind: FeedbackSubmission['kind'] } & Record<string, unknown>;

export type SubmissionPhase =
  | { kind: 'editing' }
  /** The comment had personal details: the reader sees the redacted text before it is sent. */
  | { kind: 'confirming'; body: FeedbackSubmission }
  /** In the outbox; `focus` is false when the message changed without the reader doing anything. */
  | { kind: 'saved'; key: string; focus: boolean }
  | { kind: 'sent'; focus: boolean };

const NOT_SAVED = 'Your feedback could not be sent or saved. Check your connection and try again.';

type Options = {
  slug: string;
  commentLabel: string;
  onFinished: (finished: boolean) => void;
  /** What the server said about a plain form post, shown until the reader sends again. */
  initialErrors?: FormError[];
};

/** Check → (confirm redaction) → send → sent, saved for later, or back to the form with errors. */
export function useFeedbackSubmission({ slug, commentLabel, onFinished, initialErrors = [] }: Options) {
  const mutation = useSendFeedback(slug);
  // The app's one outbox (see outbox-host.ts), made the first time a form needs it.
  const outboxHost = useOutboxHost();
  const outbox = () => outboxHost.get(createOutbox);
  const [phase, setPhase] = useState<SubmissionPhase>({ kind: 'editing' });
  const [errors, setErrors] = useState<FormError[]>(initialErrors);
  /** Bumped on every failed attempt, so the error summary takes focus again. */
  const [attempt, setAttempt] = useState(0);
  // isPending reaches React a tick later: a double click must not send (and key) the feedback twice.
  const inFlight = useRef(false);

  function fail(next: FormError[]) {
    setErrors(next);
    setAttempt((n) => n + 1);
    setPhase({ kind: 'editing' });
  }

  async function send(body: FeedbackSubmission) {
    if (inFlight.current) return;
    inFlight.current = true;
    setErrors([]);
    const outcome = await mutation.mutateAsync(body).finally(() => {
      inFlight.current = false;
    });
    if (outcome.kind === 'delivered') {
      rememberSent(outboxHost.storage, slug);
      setPhase({ kind: 'sent', focus: true });
      onFinished(true);
    } else if (outcome.kind === 'retry') {
      if (!outbox().enqueue(slug, body, outcome.retryAfterMs)) return fail([{ message: NOT_SAVED }]);
      setPhase({ kind: 'saved', key: body.idempotencyKey, focus: true });
      onFinished(true);
    } else {
      fail(errorsFromProblem(outcome.status, outcome.problem));
    }
  }

  /** A new submission, with its own idempotency key, every time the reader presses send. */
  function submit(draft: Draft) {
    if (inFlight.current) return;
    const checked = checkSubmission({ ...draft, idempotencyKey: newIdempotencyKey() }, commentLabel);
    if (!checked.ok) return fail(checked.errors);
    const body = checked.data;
    const redaction = body.comment ? redactPersonalDetails(body.comment) : undefined;
    if (!redaction?.redacted) return void send(body);
    // The masks are longer than some of what they replace.
    const comment = redaction.text.trim();
    if (countCharacters(comment) > COMMENT_MAX)
      return fail([{ field: 'comment', message: `${tooLongMessage(commentLabel)} once personal details are removed` }]);
    setErrors([]);
    setPhase({ kind: 'confirming', body: { ...body, comment } });
  }

  function confirm() {
    if (phase.kind === 'confirming') void send(phase.body);
  }

  // A queued submission delivered later (or refused later) changes what the widget says.
  const savedKey = phase.kind === 'saved' ? phase.key : undefined;
  const onOutboxEvent = useEffectEvent((event: OutboxEvent) => {
    if (event.key !== savedKey) return;
    if (event.type === 'delivered') return setPhase({ kind: 'sent', focus: false });
    onFinished(false);
    fail(errorsFromProblem(event.status, event.problem));
  });
  useEffect(
    () => (savedKey ? outboxHost.get(createOutbox).subscribe(onOutboxEvent) : undefined),
    [outboxHost, savedKey],
  );

  return {
    phase,
    errors,
    attempt,
    sending: mutation.isPending,
    submit,
    confirm,
    edit: () => setPhase({ kind: 'editing' }),
  };
}

export type FeedbackSubmissionState = ReturnType<typeof useFeedbackSubmission>;
