import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { useInfiniteQuery } from '@tanstack/react-query';
import { ListSkeleton } from '../../components/list-skeleton';
import { authorPageQuery } from '../../features/authors/api/get-author-page';
import { AuthorPage } from '../../features/authors/components/author-page';
import { useApi } from '../../lib/api-context';
import { feedPaths } from '../../lib/paths';
import { usePublication } from '../api/get-publication';
import { pageLoader, type LoaderContext } from '../load-query';
import { PageMeta } from '../page-meta';

// An unknown author is a 404 from the API, so the not-found page.
export const authorLoader = (context: LoaderContext) =>
  pageLoader(context, async ({ params }: LoaderFunctionArgs) => {
    await context.queryClient.ensureInfiniteQueryData(authorPageQuery(context.api, params.slug ?? ''));
  });

export function AuthorRoute() {
  const publication = usePublication();
  const slug = useParams().slug ?? '';
  const author = useInfiniteQuery(authorPageQuery(useApi(), slug)).data?.pages[0]?.author;
  const name = author?.name ?? slug;
  return (
    <>
      <PageMeta
        title={name}
        description={author?.bio ?? `Stories by ${name} from ${publication.name}.`}
        feed={{ title: name, paths: feedPaths.author(slug) }}
      />
      <AuthorPage key={slug} slug={slug} locale={publication.locale} timeZone={publication.timeZone} />
    </>
  );
}

export function AuthorSkeleton() {
  return <ListSkeleton label="Loading author" rows={8} />;
}
