import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../contract/article';
import type { Section } from '../contract/publication';
import { paths } from '../lib/paths';
import { sectionName } from '../lib/section-name';
import { StoryThumbnail } from './story-thumbnail';

type RailListProps = {
  stories: ArticleSummary[];
  /** The publication's sections, for each story's label. */
  sections: readonly Section[];
  /** A ranking (Trending, Most read) is an ordered list with its numbers shown. */
  numbered?: boolean;
};

/** A rail's short list: section label, headline and a thumbnail, the whole row one link target. */
export function RailList({ stories, sections, numbered = false }: RailListProps) {
  const List = numbered ? 'ol' : 'ul';
  return (
    <List className={numbered ? 'rail-list numbered' : 'rail-list'}>
      {stories.map((story) => (
        <li key={story.slug} className="rail-story">
          <p className="kicker">{sectionName(sections, story.section)}</p>
          <h3 className="rail-headline">
            <Link to={paths.article(story.slug)}>{story.headline}</Link>
          </h3>
          <StoryThumbnail image={story.hero} />
        </li>
      ))}
    </List>
  );
}
