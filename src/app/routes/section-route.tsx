import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { ListSkeleton } from '../../components/list-skeleton';
import { articleListQuery } from '../../features/front-page/api/list-articles';
import { SectionPage } from '../../features/front-page/components/section-page';
import { feedPaths } from '../../lib/paths';
import { publicationQuery, usePublication } from '../api/get-publication';
import { notFound, pageLoader, type LoaderContext } from '../load-query';
import { PageMeta } from '../page-meta';

// The publication lists the sections: any other id is the not-found page, whatever the list API would answer
// (404 for an unknown id, 400 for one that is not even valid, which would otherwise offer a useless retry).
export const sectionLoader = (context: LoaderContext) =>
  pageLoader(context, async ({ params }: LoaderFunctionArgs) => {
    const { queryClient, api } = context;
    const id = params.id ?? '';
    const publication = await queryClient.ensureQueryData(publicationQuery(api));
    if (!publication.sections.some((s) => s.id === id)) throw notFound();
    await queryClient.ensureInfiniteQueryData(articleListQuery(api, id));
  });

export function SectionRoute() {
  const publication = usePublication();
  const { id } = useParams();
  const section = publication.sections.find((s) => s.id === id);
  if (!section) return null; // the loader already answered 404
  return (
    <>
      <PageMeta
        title={section.name}
        description={section.description}
        feed={{ title: section.name, paths: feedPaths.section(section.id) }}
      />
      <SectionPage key={section.id} section={section} locale={publication.locale} timeZone={publication.timeZone} />
    </>
  );
}

export function SectionSkeleton() {
  return <ListSkeleton label="Loading section" rows={8} />;
}
