import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../../../contract/article';
import { StoryList } from '../../../components/story-list';
import { paths } from '../../../lib/paths';

type ArticleContinuationProps = {
  sectionName: string;
  more: ArticleSummary[];
  next: ArticleSummary | null;
  locale: string;
  timeZone: string;
};

/** Where to go once the article is read: the next one, and more from its section. */
export function ArticleContinuation({ sectionName, more, next, locale, timeZone }: ArticleContinuationProps) {
  const headingId = useId();
  return (
    <div className="article-continuation">
      {next && (
        <nav aria-label="Next article" className="next-article">
          <p>
            <span className="next-article-label">Next article</span>{' '}
            <Link to={paths.article(next.slug)}>{next.headline}</Link>
          </p>
        </nav>
      )}
      {more.length > 0 && (
        <section aria-labelledby={headingId} className="more-in-section">
          <h2 id={headingId}>More in {sectionName}</h2>
          <StoryList stories={more} locale={locale} timeZone={timeZone} showSummary={false} />
        </section>
      )}
    </div>
  );
}
