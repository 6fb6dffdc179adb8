import { useId } from 'react';
import type { FeedbackReport } from '../../../contract/feedback';
import { helpfulShare } from './feedback-labels';

type FeedbackTotalsProps = { totals: FeedbackReport['totals'] };

export function FeedbackTotals({ totals }: FeedbackTotalsProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="editor-section">
      <h2 id={headingId}>Totals</h2>
      <ul className="editor-totals">
        <li>{`Yes: ${totals.yes}`}</li>
        <li>{`No: ${totals.no}`}</li>
        <li>{`Helpful: ${helpfulShare(totals.yes, totals.no)}`}</li>
        <li>{`Error reports: ${totals.errorReports}`}</li>
      </ul>
    </section>
  );
}
