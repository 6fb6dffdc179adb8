import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../contract/article';
import { useDateFormat } from '../lib/date-format-context';
import { paths } from '../lib/paths';
import { StoryThumbnail } from './story-thumbnail';

type StoryListProps = {
  stories: ArticleSummary[];
  locale: string;
  timeZone: string;
  /** Heading level of each story title, so the page outline stays in order. */
  headingLevel?: 2 | 3;
  showSummary?: boolean;
  /** Each story's photo beside it, as list pages show them. */
  thumbnails?: boolean;
};

export function StoryList({
  stories,
  locale,
  timeZone,
  headingLevel = 3,
  showSummary = true,
  thumbnails = false,
}: StoryListProps) {
  const dates = useDateFormat();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="story-list">
      {stories.map((story) => (
        <li key={story.slug} className="story">
          <Heading className="story-headline">
            <Link to={paths.article(story.slug)}>{story.headline}</Link>
          </Heading>
          {showSummary && story.summary && <p className="story-summary">{story.summary}</p>}
          <p className="story-date">
            <time dateTime={story.publishedAt}>{dates.date(story.publishedAt, locale, timeZone)}</time>
          </p>
          {thumbnails && <StoryThumbnail image={story.hero} />}
        </li>
      ))}
    </ul>
  );
}
