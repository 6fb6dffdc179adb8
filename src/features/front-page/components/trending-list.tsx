import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ListSkeleton } from '../../../components/list-skeleton';
import { StoryList } from '../../../components/story-list';
import { useApi } from '../../../lib/api-context';
import { trendingQuery } from '../api/get-trending';

type TrendingListProps = {
  locale: string;
  timeZone: string;
  /** The article being read: left out, with its related articles. */
  article?: string;
};

/** Secondary to the page: it loads on its own and never holds up, or breaks, the main story. */
export function TrendingList({ locale, timeZone, article }: TrendingListProps) {
  const headingId = useId();
  const { data, isPending, isError } = useQuery(trendingQuery(useApi(), article));
  return (
    <section className="rail-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Trending</h2>
      {isPending ? (
        <ListSkeleton label="Loading trending articles" />
      ) : isError ? (
        <p className="muted">Trending articles are unavailable right now.</p>
      ) : (
        <StoryList stories={data.items} locale={locale} timeZone={timeZone} showSummary={false} />
      )}
    </section>
  );
}
