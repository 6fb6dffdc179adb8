import type { ArticleSummary } from '../contract/article';
import { StoryList } from './story-list';

/** What a list page's infinite query gives: its pages so far, and how to ask for the next. */
export type PagedQuery = {
  data: { pages: readonly { items: ArticleSummary[] }[] };
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => unknown;
};

type PagedStoriesProps = { query: PagedQuery; locale: string; timeZone: string; empty: string };

/** A list page's stories with "More stories" for the next page, as a section's, a tag's or an author's page shows them. */
export function PagedStories({ query, locale, timeZone, empty }: PagedStoriesProps) {
  const { data, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const stories = data.pages.flatMap((page) => page.items);
  return (
    <>
      {stories.length > 0 ? (
        <StoryList stories={stories} locale={locale} timeZone={timeZone} headingLevel={2} thumbnails />
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
