import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { PagedStories } from '../../../components/paged-stories';
import { useApi } from '../../../lib/api-context';
import { tagPageQuery } from '../api/get-tag-page';

type TagPageProps = { slug: string; locale: string; timeZone: string };

export function TagPage({ slug, locale, timeZone }: TagPageProps) {
  const query = useSuspenseInfiniteQuery(tagPageQuery(useApi(), slug));
  const name = query.data.pages[0]?.tag.name ?? slug;
  return (
    <div className="section-page">
      <header className="section-header">
        <p className="kicker">Tag</p>
        <h1>{name}</h1>
      </header>
      <PagedStories query={query} locale={locale} timeZone={timeZone} empty={`No stories tagged ${name} yet.`} />
    </div>
  );
}
