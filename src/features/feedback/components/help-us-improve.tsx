import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'react-router-dom';
import { ChunkBoundary } from '../../../components/chunk-boundary';
import { readFeedbackStep } from '../../../contract/feedback-form';
import { useAlreadySent } from '../use-already-sent';
import { DraftGuard } from '../draft-guard';
import { RATING_SENT_MESSAGE, REPORT_SENT_MESSAGE } from '../feedback-messages';
import { useFeedbackForms } from '../feedback-forms-context';
import { useNoScriptStart } from '../no-script-start';
import { useWhenNear } from '../../../lib/use-when-near';
import { ChoiceForm } from './choice-form';
import { FormLoading, preloadErrorReportForm, preloadForms, preloadRatingForm } from './lazy-forms';
import { StatusMessage } from './status-message';

// What every reader downloads is this file (heading, question, two buttons and the error-report button); the
// forms load only when the reader reaches for the widget (lazy-forms.tsx, feedback-forms-context.tsx).
const loading = <FormLoading />;

type HelpUsImproveProps = { slug: string };

/** The end-of-article feedback region. Another article is another widget: nothing chosen or typed carries over. */
export function HelpUsImprove({ slug }: HelpUsImproveProps) {
  return <FeedbackWidget key={slug} slug={slug} />;
}

function FeedbackWidget({ slug }: HelpUsImproveProps) {
  const headingId = useId();
  const { RatingForm, ErrorReportForm } = useFeedbackForms();
  // Without JavaScript each step is a page: `?feedback=no&key=…`, or the answer to a post that was refused.
  const start = useNoScriptStart(slug, readFeedbackStep(useSearchParams()[0]));
  const alreadySent = useAlreadySent(slug);
  const [touched, setTouched] = useState(start.touched);
  const [helpful, setHelpful] = useState<boolean | null>(start.helpful);
  const [ratingFinished, setRatingFinished] = useState(start.ratingFinished);
  const [report, setReport] = useState<'never-opened' | 'open' | 'closed'>(start.reportOpen ? 'open' : 'never-opened');
  const [reportFinished, setReportFinished] = useState(start.reportFinished);
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

  // With JavaScript the buttons stay on the page; without it they post the choice (see ChoiceForm).
  function choose(event: MouseEvent, value: boolean) {
    event.preventDefault();
    setTouched(true);
    setHelpful(value);
  }

  function toggleReport(event: MouseEvent) {
    event.preventDefault();
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
      {start.thanks && (
        <StatusMessage
          id={start.thanks.id}
          message={start.thanks.kind === 'rating' ? RATING_SENT_MESSAGE : REPORT_SENT_MESSAGE}
          focus={false}
        />
      )}
      {!ratingFinished && (
        <ChoiceForm slug={slug}>
          <fieldset className="feedback-question">
            <legend>Was this article helpful?</legend>
            <div className="feedback-actions">
              {[true, false].map((value) => (
                <button
                  key={String(value)}
                  ref={value ? yesButton : undefined}
                  type="submit"
                  name="choose"
                  value={value ? 'yes' : 'no'}
                  className="button feedback-choice"
                  aria-pressed={helpful === value}
                  onClick={(event) => choose(event, value)}
                  onPointerEnter={preloadRatingForm}
                  onFocus={preloadRatingForm}
                >
                  {value ? 'Yes' : 'No'}
                </button>
              ))}
            </div>
          </fieldset>
        </ChoiceForm>
      )}
      {helpful !== null && (
        <ChunkBoundary loading={loading}>
          <RatingForm
            slug={slug}
            helpful={helpful}
            startedAt={startedAt}
            onFinished={setRatingFinished}
            onDraftChange={setRatingDraft}
            noScript={start.rating}
          />
        </ChunkBoundary>
      )}
      {!reportFinished && (
        <ChoiceForm slug={slug}>
          <button
            type="submit"
            name="choose"
            value="report"
            className="button button-secondary feedback-report-toggle"
            aria-expanded={report === 'open'}
            onClick={toggleReport}
            onPointerEnter={preloadErrorReportForm}
            onFocus={preloadErrorReportForm}
          >
            Report an error in this article
          </button>
        </ChoiceForm>
      )}
      {/* Kept mounted once opened, so closing it never throws away what the reader typed. */}
      {report !== 'never-opened' && (
        <div className="feedback-report" hidden={report === 'closed'}>
          <ChunkBoundary loading={loading}>
            <ErrorReportForm
              slug={slug}
              startedAt={startedAt}
              onFinished={setReportFinished}
              onDraftChange={setReportDraft}
              noScript={start.report}
            />
          </ChunkBoundary>
        </div>
      )}
    </section>
  );
}
