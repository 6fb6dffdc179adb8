import { useId } from 'react';
import type { FeedbackReport } from '../../../contract/feedback';
import { ReasonsChart } from './reasons-chart';
import { ShareOfYesChart } from './share-of-yes-chart';

type FeedbackChartsProps = {
  report: Pick<FeedbackReport, 'daily' | 'reasons'>;
  /** What the selection covers: "All articles", or the one article's headline. */
  subject: string;
};

/** The report as pictures, for the selection in the filter: overall, or one article. Plain SVG, rendered anywhere. */
export function FeedbackCharts({ report, subject }: FeedbackChartsProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="editor-section editor-charts">
      <h2 id={headingId}>{`Charts: ${subject}`}</h2>
      <ShareOfYesChart daily={report.daily} />
      <ReasonsChart reasons={report.reasons} />
    </section>
  );
}
