import { ListSkeleton } from '../../components/list-skeleton';
import { frontPageQuery } from '../../features/front-page/api/get-front-page';
import { trendingQuery } from '../../features/front-page/api/get-trending';
import { FrontPage } from '../../features/front-page/components/front-page';
import { TrendingList } from '../../features/front-page/components/trending-list';
import { usePublication } from '../api/get-publication';
import { isServer, pageLoader, type LoaderContext } from '../load-query';
import { PageMeta } from '../page-meta';

export const frontLoader = (context: LoaderContext) =>
  pageLoader(context, async () => {
    const { queryClient, api } = context;
    const trending = queryClient.prefetchQuery(trendingQuery(api));
    await queryClient.ensureQueryData(frontPageQuery(api));
    // The server waits for everything so the first HTML is complete; the browser shows the rail's skeleton instead.
    if (isServer) await trending;
  });

export function FrontRoute() {
  const publication = usePublication();
  return (
    <div className="with-rail">
      <PageMeta description={publication.description} />
      <FrontPage publication={publication} />
      <aside className="rail" aria-label="More to read">
        <TrendingList sections={publication.sections} title="Most read" />
      </aside>
    </div>
  );
}

export function FrontSkeleton() {
  return <ListSkeleton label="Loading top stories" rows={6} />;
}
