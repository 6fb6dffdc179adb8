import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../contract/article';
import { paths } from '../lib/paths';
import { StoryThumbnail } from './story-thumbnail';

type StoryTeaserProps = {
  story: ArticleSummary;
  /** The section label over the headline; left out inside a section's own block. */
  kicker?: string;
  /** Rails show the headline alone. */
  showSummary?: boolean;
};

/** A story in a front-page list or a rail: label, headline, a line or two of summary, its photo; one link. */
export function StoryTeaser({ story, kicker, showSummary = true }: StoryTeaserProps) {
  return (
    <li className="teaser">
      {kicker && <p className="kicker">{kicker}</p>}
      <h3 className="teaser-headline">
        <Link to={paths.article(story.slug)}>{story.headline}</Link>
      </h3>
      {showSummary && story.summary && <p className="teaser-summary">{story.summary}</p>}
      <StoryThumbnail image={story.hero} />
    </li>
  );
}
