import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Section } from '../../../contract/publication';
import { ListSkeleton } from '../../../components/list-skeleton';
import { RailList } from '../../../components/rail-list';
import { useApi } from '../../../lib/api-context';
import { trendingQuery } from '../api/get-trending';

type TrendingListProps = {
  /** The publication's sections, for each story's label. */
  sections: readonly Section[];
  /** The rail's heading: "Trending" beside an article, "Most read" on the front page. */
  title?: string;
  /** The article being read: left out, with its related articles. */
  article?: string;
};

/** Secondary to the page: it loads on its own and never holds up, or breaks, the main story. */
export function TrendingList({ sections, title = 'Trending', article }: TrendingListProps) {
  const headingId = useId();
  const { data, isPending, isError } = useQuery(trendingQuery(useApi(), article));
  return (
    <section className="rail-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {isPending ? (
        <ListSkeleton label={`Loading ${title.toLowerCase()} articles`} />
      ) : isError ? (
        <p className="muted">{title} articles are unavailable right now.</p>
      ) : (
        <RailList stories={data.items} sections={sections} numbered />
      )}
    </section>
  );
}
