import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { useInfiniteQuery } from '@tanstack/react-query';
import { ListSkeleton } from '../../components/list-skeleton';
import { tagPageQuery } from '../../features/tags/api/get-tag-page';
import { TagPage } from '../../features/tags/components/tag-page';
import { useApi } from '../../lib/api-context';
import { feedPaths } from '../../lib/paths';
import { usePublication } from '../api/get-publication';
import { pageLoader, type LoaderContext } from '../load-query';
import { PageMeta } from '../page-meta';

// An unknown tag is a 404 from the API, so the not-found page.
export const tagLoader = (context: LoaderContext) =>
  pageLoader(context, async ({ params }: LoaderFunctionArgs) => {
    await context.queryClient.ensureInfiniteQueryData(tagPageQuery(context.api, params.slug ?? ''));
  });

export function TagRoute() {
  const publication = usePublication();
  const slug = useParams().slug ?? '';
  const name = useInfiniteQuery(tagPageQuery(useApi(), slug)).data?.pages[0]?.tag.name ?? slug;
  return (
    <>
      <PageMeta
        title={name}
        description={`Stories tagged ${name} from ${publication.name}.`}
        feed={{ title: name, paths: feedPaths.tag(slug) }}
      />
      <TagPage key={slug} slug={slug} locale={publication.locale} timeZone={publication.timeZone} />
    </>
  );
}

export function TagSkeleton() {
  return <ListSkeleton label="Loading tag" rows={8} />;
}
