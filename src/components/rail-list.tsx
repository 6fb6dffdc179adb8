import type { ArticleSummary } from '../contract/article';
import type { Section } from '../contract/publication';
import { sectionName } from '../lib/section-name';
import { StoryTeaser } from './story-teaser';

type RailListProps = {
  stories: ArticleSummary[];
  /** The publication's sections, for each story's label. */
  sections: readonly Section[];
  /** A ranking (Trending, Most read) is an ordered list with its numbers shown. */
  numbered?: boolean;
};

/** A rail's short list: section label, headline and a thumbnail for each story. */
export function RailList({ stories, sections, numbered = false }: RailListProps) {
  const List = numbered ? 'ol' : 'ul';
  return (
    <List className={numbered ? 'rail-list numbered' : 'rail-list'}>
      {stories.map((story) => (
        <StoryTeaser key={story.slug} story={story} kicker={sectionName(sections, story.section)} showSummary={false} />
      ))}
    </List>
  );
}
