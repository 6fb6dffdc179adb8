import type { FeedbackReport } from '../../../contract/feedback';
import type { ReportFilter } from '../api/get-feedback-report';
import { ArticleFeedbackTable } from './article-feedback-table';
import { FeedbackCharts } from './feedback-charts';
import { FeedbackTotals } from './feedback-totals';
import { RecentFeedbackList } from './recent-feedback-list';

type FeedbackReportViewProps = {
  report: FeedbackReport;
  filter: ReportFilter;
  headlines: Map<string, string>;
  locale: string;
  timeZone: string;
  /** The previous selection's report, still on screen while the new one loads. */
  updating: boolean;
};

export function FeedbackReportView({ report, filter, headlines, locale, timeZone, updating }: FeedbackReportViewProps) {
  // The spam view stays up when it empties, so the editor sees that and finds the way back.
  const empty =
    filter.spam !== 'only' &&
    report.articles.length === 0 &&
    report.recent.length === 0 &&
    report.totals.heldBack === 0;
  return (
    <div className={updating ? 'editor-results updating' : 'editor-results'} aria-busy={updating || undefined}>
      {empty ? (
        <p className="editor-empty">No feedback yet for this selection.</p>
      ) : (
        <>
          <FeedbackTotals totals={report.totals} filter={filter} />
          <FeedbackCharts
            report={report}
            subject={filter.article ? (headlines.get(filter.article) ?? filter.article) : 'All articles'}
          />
          <ArticleFeedbackTable articles={report.articles} />
          <RecentFeedbackList
            items={report.recent}
            spamView={filter.spam === 'only'}
            headlines={headlines}
            locale={locale}
            timeZone={timeZone}
          />
        </>
      )}
    </div>
  );
}
