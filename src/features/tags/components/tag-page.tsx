import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { PagedStories } from '../../../components/paged-stories';
import { useApi } from '../../../lib/api-context';
import { tagPageQuery } from '../api/get-tag-page';

type TagPageProps = { slug: string; locale: string; timeZone: string };

export function TagPage({ slug, locale, timeZone }: TagPageProps) {
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError } = useSuspenseInfiniteQuery(
    tagPageQuery(useApi(), slug),
  );
  const name = data.pages[0]?.tag.name ?? slug;
  return (
    <div className="section-page">
      <header className="section-header">
        <p className="kicker">Tag</p>
        <h1>{name}</h1>
      </header>
      <PagedStories
        stories={data.pages.flatMap((page) => page.items)}
        locale={locale}
        timeZone={timeZone}
        empty={`No stories tagged ${name} yet.`}
        hasNextPage={hasNextPage}
        isFetchingNextPage={isFetchingNextPage}
        isFetchNextPageError={isFetchNextPageError}
        fetchNextPage={fetchNextPage}
      />
    </div>
  );
}
