import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { FeedbackReport } from '../../../contract/feedback';
import { toReportParams, type ReportFilter } from '../api/get-feedback-report';
import { helpfulShare } from './feedback-labels';

type FeedbackTotalsProps = { totals: FeedbackReport['totals']; filter: ReportFilter };

export function FeedbackTotals({ totals, filter }: FeedbackTotalsProps) {
  const headingId = useId();
  const spamView = filter.spam === 'only';
  return (
    <section aria-labelledby={headingId} className="editor-section">
      <h2 id={headingId}>{spamView ? 'Suspected spam' : 'Totals'}</h2>
      <ul className="editor-totals">
        <li>{`Yes: ${totals.yes}`}</li>
        <li>{`No: ${totals.no}`}</li>
        <li>{`Helpful: ${helpfulShare(totals.yes, totals.no)}`}</li>
        <li>{`Error reports: ${totals.errorReports}`}</li>
        {!spamView && <li>{`${totals.heldBack} held back as suspected spam`}</li>}
      </ul>
      <SpamViewLink filter={filter} heldBack={totals.heldBack} />
    </section>
  );
}

/** Between the counted feedback and what the spam signals held back, keeping the rest of the filter. */
function SpamViewLink({ filter, heldBack }: { filter: ReportFilter; heldBack: number }) {
  if (filter.spam === 'only')
    return (
      <p>
        <Link to={`?${toReportParams({ ...filter, spam: undefined }).toString()}`}>Back to counted feedback</Link>
      </p>
    );
  if (heldBack === 0) return null;
  return (
    <p>
      <Link to={`?${toReportParams({ ...filter, spam: 'only' }).toString()}`}>Review suspected spam</Link>
    </p>
  );
}
