import type { FeedbackReport } from '../../../contract/feedback';
import { ArticleFeedbackTable } from './article-feedback-table';
import { FeedbackTotals } from './feedback-totals';
import { RecentFeedbackList } from './recent-feedback-list';

type FeedbackReportViewProps = {
  report: FeedbackReport;
  headlines: Map<string, string>;
  locale: string;
  timeZone: string;
  /** The previous selection's report, still on screen while the new one loads. */
  updating: boolean;
};

export function FeedbackReportView({ report, headlines, locale, timeZone, updating }: FeedbackReportViewProps) {
  const empty = report.articles.length === 0 && report.recent.length === 0;
  return (
    <div className={updating ? 'editor-results updating' : 'editor-results'} aria-busy={updating || undefined}>
      {empty ? (
        <p className="editor-empty">No feedback yet for this selection.</p>
      ) : (
        <>
          <FeedbackTotals totals={report.totals} />
          <ArticleFeedbackTable articles={report.articles} />
          <RecentFeedbackList items={report.recent} headlines={headlines} locale={locale} timeZone={timeZone} />
        </>
      )}
    </div>
  );
}
