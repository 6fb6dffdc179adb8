import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { FeedbackItem } from '../../../contract/feedback';
import { formatDateTime } from '../../../lib/format-date';
import { kindLabel } from './feedback-labels';

type RecentFeedbackListProps = {
  items: FeedbackItem[];
  headlines: Map<string, string>;
  locale: string;
  timeZone: string;
};

/** What readers wrote, newest first (the server's order). Every value is rendered as text. */
export function RecentFeedbackList({ items, headlines, locale, timeZone }: RecentFeedbackListProps) {
  const headingId = useId();
  const written = items.filter((item) => item.comment || item.kind === 'error-report');
  return (
    <section aria-labelledby={headingId} className="editor-section">
      <h2 id={headingId}>Recent comments and error reports</h2>
      {written.length === 0 ? (
        <p>No comments or error reports for this selection.</p>
      ) : (
        <ol className="editor-recent">
          {written.map((item) => (
            <li key={item.id}>
              <p className="editor-recent-meta">
                <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, locale, timeZone)}</time>
                {' · '}
                <Link to={`/article/${encodeURIComponent(item.articleSlug)}`}>
                  {headlines.get(item.articleSlug) ?? item.articleSlug}
                </Link>
                {' · '}
                <span className="editor-kind">{kindLabel(item)}</span>
                {item.spam && ' · Marked as spam'}
              </p>
              {item.reasons.length > 0 && <p>{`Reasons: ${item.reasons.join(', ')}`}</p>}
              {item.comment && (
                <blockquote className="editor-comment">
                  <p>{item.comment}</p>
                </blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
