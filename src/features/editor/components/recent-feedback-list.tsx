import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { FeedbackItem } from '../../../contract/feedback';
import { useDateFormat } from '../../../lib/date-format-context';
import { kindLabel } from './feedback-labels';
import { SpamToggle } from './spam-toggle';
import { paths } from '../../../lib/paths';

type RecentFeedbackListProps = {
  items: FeedbackItem[];
  /** The spam view lists every item (spam is often a bare rating); the counted view lists what readers wrote. */
  spamView: boolean;
  headlines: Map<string, string>;
  locale: string;
  timeZone: string;
};

/** What readers wrote, newest first (the server's order). Every value is rendered as text. */
export function RecentFeedbackList({ items, spamView, headlines, locale, timeZone }: RecentFeedbackListProps) {
  const headingId = useId();
  const dates = useDateFormat();
  const written = spamView ? items : items.filter((item) => item.comment || item.kind === 'error-report');
  return (
    <section aria-labelledby={headingId} className="editor-section">
      <h2 id={headingId}>{spamView ? 'Held back as suspected spam' : 'Recent comments and error reports'}</h2>
      {written.length === 0 ? (
        <p>{spamView ? 'Nothing held back for this selection.' : 'No comments or error reports for this selection.'}</p>
      ) : (
        <ol className="editor-recent">
          {written.map((item) => (
            <li key={item.id}>
              <p className="editor-recent-meta">
                <time dateTime={item.createdAt}>{dates.dateTime(item.createdAt, locale, timeZone)}</time>
                {' · '}
                <Link to={paths.article(item.articleSlug)}>{headlines.get(item.articleSlug) ?? item.articleSlug}</Link>
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
              <SpamToggle item={item} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
