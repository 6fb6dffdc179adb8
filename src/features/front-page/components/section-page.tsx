import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import type { Section } from '../../../contract/publication';
import { StoryList } from '../../../components/story-list';
import { useApi } from '../../../lib/api-context';
import { articleListQuery } from '../api/list-articles';

type SectionPageProps = { section: Section; locale: string; timeZone: string };

export function SectionPage({ section, locale, timeZone }: SectionPageProps) {
  const api = useApi();
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError } = useSuspenseInfiniteQuery(
    articleListQuery(api, section.id),
  );
  const stories = data.pages.flatMap((page) => page.items);
  return (
    <div className="section-page">
      <header className="section-header">
        <h1>{section.name}</h1>
        {section.description && <p className="standfirst">{section.description}</p>}
      </header>
      {stories.length > 0 ? (
        <StoryList stories={stories} locale={locale} timeZone={timeZone} headingLevel={2} />
      ) : (
        <p>No stories in {section.name} yet.</p>
      )}
      {hasNextPage && (
        <button type="button" className="button" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
          {isFetchingNextPage ? 'Loading…' : 'More stories'}
        </button>
      )}
      <p role="status" className="muted">
        {isFetchNextPageError ? 'Could not load more stories. Try again.' : ''}
      </p>
    </div>
  );
}
