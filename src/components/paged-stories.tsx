import type { ArticleSummary } from '../contract/article';
import { StoryList } from './story-list';

type PagedStoriesProps = {
  stories: ArticleSummary[];
  locale: string;
  timeZone: string;
  empty: string;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => unknown;
};

/** A list page's stories with "More stories" for the next page, as a section's, a tag's or an author's page shows them. */
export function PagedStories({
  stories,
  locale,
  timeZone,
  empty,
  hasNextPage,
  isFetchingNextPage,
  isFetchNextPageError,
  fetchNextPage,
}: PagedStoriesProps) {
  return (
    <>
      {stories.length > 0 ? (
        <StoryList stories={stories} locale={locale} timeZone={timeZone} headingLevel={2} />
      ) : (
        <p>{empty}</p>
      )}
      {hasNextPage && (
        <button type="button" className="button" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
          {isFetchingNextPage ? 'Loading…' : 'More stories'}
        </button>
      )}
      <p role="status" className="muted">
        {isFetchNextPageError ? 'Could not load more stories. Try again.' : ''}
      </p>
    </>
  );
}
