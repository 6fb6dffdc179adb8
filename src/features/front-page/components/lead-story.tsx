import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../../../contract/article';
import { useDateFormat } from '../../../lib/date-format-context';
import { paths } from '../../../lib/paths';

type LeadStoryProps = { story: ArticleSummary; sectionName: string; locale: string; timeZone: string };

export function LeadStory({ story, sectionName, locale, timeZone }: LeadStoryProps) {
  const dates = useDateFormat();
  return (
    <article className="lead-story">
      {story.hero && (
        <img
          className="lead-image"
          src={story.hero.src}
          alt=""
          width={story.hero.width}
          height={story.hero.height}
          fetchPriority="high"
        />
      )}
      <div className="lead-text">
        <p className="kicker">{sectionName}</p>
        <h2 className="lead-headline">
          <Link to={paths.article(story.slug)}>{story.headline}</Link>
        </h2>
        {story.summary && <p className="story-summary">{story.summary}</p>}
        <p className="story-date">
          <time dateTime={story.publishedAt}>{dates.date(story.publishedAt, locale, timeZone)}</time>
        </p>
      </div>
    </article>
  );
}
