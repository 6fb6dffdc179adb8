import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { FeedbackReport } from '../../../contract/feedback';
import { ListSkeleton } from '../../../components/list-skeleton';
import { ApiError } from '../../../lib/api-client';
import { feedbackCsvHref, readReportFilter, toReportParams, useFeedbackReport } from '../api/get-feedback-report';
import { useArticleOptions, type ArticleOption } from '../api/list-article-options';
import { FeedbackFilterForm } from './feedback-filter-form';
import { FeedbackReportView } from './feedback-report-view';
import { resultsAnnouncement } from './results-announcement';
import { useFocusOnMount } from './use-focus-on-mount';
import { useFocusWhenReady } from './use-focus-when-ready';

type FeedbackDashboardProps = {
  locale: string;
  timeZone: string;
  focusHeading: boolean;
  signingOut: boolean;
  signOutFailed: boolean;
  onSignOut: () => void;
  onSessionEnded: () => void;
};

/** Every published article, then any the report names that are no longer published, then the selected one. */
function articleChoices(listed: ArticleOption[] = [], report?: FeedbackReport, selected?: string): ArticleOption[] {
  const headlines = new Map(listed.map((a) => [a.slug, a.headline]));
  for (const a of report?.articles ?? [])
    if (!headlines.has(a.articleSlug)) headlines.set(a.articleSlug, a.headline ?? a.articleSlug);
  if (selected && !headlines.has(selected)) headlines.set(selected, selected);
  return [...headlines].map(([slug, headline]) => ({ slug, headline }));
}

/** The filter lives in the address bar (?article=&from=&to=), so a view can be bookmarked and shared with editors. */
export function FeedbackDashboard(props: FeedbackDashboardProps) {
  const { locale, timeZone, focusHeading, signingOut, signOutFailed, onSignOut, onSessionEnded } = props;
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = readReportFilter(searchParams);
  const report = useFeedbackReport(filter);
  const articles = articleChoices(useArticleOptions().data, report.data, filter.article);
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const resultsId = useId();
  const resultsReady = (report.data !== undefined && !report.isPlaceholderData) || report.isError;
  const {
    target: resultsHeading,
    arrived,
    request: focusResultsOf,
  } = useFocusWhenReady<HTMLHeadingElement>(toReportParams(filter).toString(), resultsReady);
  // Said only after the editor applied a filter (a live region that spoke on first load would be noise).
  const announcement = arrived
    ? report.data && !report.isError
      ? resultsAnnouncement(report.data.totals, filter.spam === 'only')
      : 'Filter applied, but the feedback could not be loaded.'
    : '';

  let results;
  if (report.data) {
    results = (
      <FeedbackReportView
        report={report.data}
        filter={filter}
        headlines={new Map(articles.map((a) => [a.slug, a.headline]))}
        locale={locale}
        timeZone={timeZone}
        updating={report.isPlaceholderData}
      />
    );
  } else if (report.error instanceof ApiError && report.error.status === 401) {
    results = (
      <div className="page-message" role="alert">
        <p>Your editor session has ended.</p>
        <button type="button" className="button" onClick={onSessionEnded}>
          Sign in again
        </button>
      </div>
    );
  } else if (report.isError) {
    results = (
      <div className="page-message" role="alert">
        <p>We couldn’t load the feedback. Check your connection, then try again.</p>
        <button type="button" className="button" onClick={() => void report.refetch()}>
          Try again
        </button>
      </div>
    );
  } else {
    results = <ListSkeleton label="Loading feedback" rows={4} />;
  }

  return (
    <div className="editor-dashboard">
      <div className="editor-header">
        <h1 ref={headingRef} tabIndex={-1}>
          Reader feedback
        </h1>
        <div className="editor-actions">
          <a className="button" href={feedbackCsvHref(filter)} download>
            Export CSV
          </a>
          <button type="button" className="button" disabled={signingOut} onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </div>
      {signOutFailed && (
        <p className="editor-error" role="alert">
          We couldn’t sign you out. Check your connection, then try again.
        </p>
      )}
      <FeedbackFilterForm
        key={toReportParams(filter).toString()}
        filter={filter}
        articles={articles}
        onApply={(next) => {
          const params = toReportParams(next);
          focusResultsOf(params.toString());
          setSearchParams(params);
        }}
      />
      <section aria-labelledby={resultsId} className="editor-section">
        <h2 id={resultsId} ref={resultsHeading} tabIndex={-1}>
          Results
        </h2>
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        {results}
      </section>
    </div>
  );
}
