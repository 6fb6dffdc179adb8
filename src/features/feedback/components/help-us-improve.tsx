import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ChunkBoundary } from '../../../components/chunk-boundary';
import { useAlreadySent } from '../use-already-sent';
import { DraftGuard } from '../draft-guard';
import { useWhenNear } from '../../../lib/use-when-near';
import {
  ErrorReportForm,
  FormLoading,
  preloadErrorReportForm,
  preloadForms,
  preloadRatingForm,
  RatingForm,
} from './lazy-forms';

// The lazy boundary: what every reader downloads is this file (heading, question, two buttons and the
// error-report button). The forms, the contract schemas they check against and the outbox load only
// when the reader reaches for the widget (hover or focus starts the download, choosing waits for it).
const loading = <FormLoading />;

type HelpUsImproveProps = { slug: string };

/** The end-of-article feedback region. Another article is another widget: nothing chosen or typed carries over. */
export function HelpUsImprove({ slug }: HelpUsImproveProps) {
  return <FeedbackWidget key={slug} slug={slug} />;
}

function FeedbackWidget({ slug }: HelpUsImproveProps) {
  const headingId = useId();
  const alreadySent = useAlreadySent(slug);
  const [touched, setTouched] = useState(false);
  const [helpful, setHelpful] = useState<boolean | null>(null);
  const [ratingFinished, setRatingFinished] = useState(false);
  const [report, setReport] = useState<'never-opened' | 'open' | 'closed'>('never-opened');
  const [reportFinished, setReportFinished] = useState(false);
  const [ratingDraft, setRatingDraft] = useState(false);
  const [reportDraft, setReportDraft] = useState(false);
  const hasDraft = (ratingDraft && !ratingFinished) || (reportDraft && !reportFinished);
  const yesButton = useRef<HTMLButtonElement>(null);
  // Fetch the forms while the reader scrolls towards the widget, so choosing is instant and still
  // works if the connection drops before they reach it.
  const region = useWhenNear<HTMLElement>(preloadForms);
  const startedAt = useRef(0);
  useEffect(() => {
    startedAt.current = performance.now();
  }, []);

  function choose(value: boolean) {
    setTouched(true);
    setHelpful(value);
  }

  function toggleReport() {
    setTouched(true);
    setReport((state) => (state === 'open' ? 'closed' : 'open'));
  }

  function sendMore() {
    flushSync(() => setTouched(true));
    yesButton.current?.focus();
  }

  // Server and hydration always render the question (`alreadySent` is false there); a reader who has
  // started is never switched to the "already sent" message, even once what they sent is remembered.
  if (alreadySent && !touched) {
    return (
      <section className="help-us-improve" aria-labelledby={headingId} data-article={slug}>
        <h2 id={headingId}>Help us improve</h2>
        <p>You’ve already sent feedback on this article — thank you.</p>
        <button type="button" className="button button-secondary" onClick={sendMore}>
          Send more feedback
        </button>
      </section>
    );
  }

  return (
    <section ref={region} className="help-us-improve" aria-labelledby={headingId} data-article={slug}>
      <h2 id={headingId}>Help us improve</h2>
      {hasDraft && <DraftGuard />}
      {!ratingFinished && (
        <fieldset className="feedback-question">
          <legend>Was this article helpful?</legend>
          <div className="feedback-actions">
            {[true, false].map((value) => (
              <button
                key={String(value)}
                ref={value ? yesButton : undefined}
                type="button"
                className="button feedback-choice"
                aria-pressed={helpful === value}
                onClick={() => choose(value)}
                onPointerEnter={preloadRatingForm}
                onFocus={preloadRatingForm}
              >
                {value ? 'Yes' : 'No'}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {helpful !== null && (
        <ChunkBoundary>
          <Suspense fallback={loading}>
            <RatingForm
              slug={slug}
              helpful={helpful}
              startedAt={startedAt}
              onFinished={setRatingFinished}
              onDraftChange={setRatingDraft}
            />
          </Suspense>
        </ChunkBoundary>
      )}
      {!reportFinished && (
        <button
          type="button"
          className="button button-secondary feedback-report-toggle"
          aria-expanded={report === 'open'}
          onClick={toggleReport}
          onPointerEnter={preloadErrorReportForm}
          onFocus={preloadErrorReportForm}
        >
          Report an error in this article
        </button>
      )}
      {/* Kept mounted once opened, so closing it never throws away what the reader typed. */}
      {report !== 'never-opened' && (
        <div className="feedback-report" hidden={report === 'closed'}>
          <ChunkBoundary>
            <Suspense fallback={loading}>
              <ErrorReportForm
                slug={slug}
                startedAt={startedAt}
                onFinished={setReportFinished}
                onDraftChange={setReportDraft}
              />
            </Suspense>
          </ChunkBoundary>
        </div>
      )}
    </section>
  );
}
