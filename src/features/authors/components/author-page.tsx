import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { PagedStories } from '../../../components/paged-stories';
import { useApi } from '../../../lib/api-context';
import { authorPageQuery } from '../api/get-author-page';

type AuthorPageProps = { slug: string; locale: string; timeZone: string };

export function AuthorPage({ slug, locale, timeZone }: AuthorPageProps) {
  const query = useSuspenseInfiniteQuery(authorPageQuery(useApi(), slug));
  const author = query.data.pages[0]?.author ?? { slug, name: slug };
  return (
    <div className="section-page">
      <header className="section-header">
        <h1>{author.name}</h1>
        {author.role && <p className="kicker">{author.role}</p>}
        {author.bio && <p className="standfirst">{author.bio}</p>}
      </header>
      <PagedStories query={query} locale={locale} timeZone={timeZone} empty={`No stories by ${author.name} yet.`} />
    </div>
  );
}
